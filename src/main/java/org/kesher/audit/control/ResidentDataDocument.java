package org.kesher.audit.control;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import jakarta.json.stream.JsonGenerator;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.kesher.cases.control.ResidentRecords;
import org.kesher.ground.control.ClassPathText;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.JsonOnce;
import org.kesher.ground.control.Language;

/**
 * A resident's export as they receive it: JSON (every field, machine-readable) and a page to read
 * in their language, right to left in Hebrew and Arabic (jmustache, HTML escaped).
 */
public final class ResidentDataDocument {

  private static final Template PAGE =
      Mustache.compiler()
          .escapeHTML(true)
          .defaultValue("")
          .emptyStringIsFalse(true)
          .compile(ClassPathText.read("privacy/resident-data.html.mustache"));

  private ResidentDataDocument() {}

  /** The export as JSON: {@code {"madeAt":…, "requests":[…]}}. */
  public static void json(ResidentData.Export export, Writer out) {
    try (JsonGenerator json = JsonOnce.PROVIDER.createGenerator(out)) {
      json.writeStartObject().write("madeAt", export.madeAt().toString());
      json.write("language", export.language().code()).writeStartArray("requests");
      for (ResidentRecords.Request r : export.requests()) {
        json.writeStartObject()
            .write("reference", r.reference())
            .write("type", r.type())
            .write("unit", r.unit())
            .write("status", r.status())
            .write("createdAt", r.createdAt().toString())
            .write("language", r.language())
            .write("anonymised", r.anonymised());
        optional(json, "name", r.name());
        optional(json, "phone", r.phone());
        optional(json, "email", r.email());
        json.write("emailSafe", r.emailSafe()).writeStartArray("answers");
        r.answers()
            .forEach(
                a ->
                    json.writeStartObject()
                        .write("field", a.label())
                        .write("value", a.value())
                        .writeEnd());
        json.writeEnd().writeStartArray("files");
        r.files().forEach(json::write);
        json.writeEnd().writeStartArray("timeline");
        for (ResidentRecords.Step s : r.timeline()) {
          json.writeStartObject().write("kind", s.kind()).write("at", s.at().toString());
          optional(json, "status", s.status());
          optional(json, "text", s.text());
          json.writeEnd();
        }
        json.writeEnd().writeEnd();
      }
      json.writeEnd().writeEnd();
    }
  }

  /** The export as a page to read, in the resident's language. */
  public static void html(ResidentData.Export export, Writer out) {
    Language language = export.language();
    ResourceBundle texts = ResourceBundle.getBundle("i18n.texts", language.locale());
    Map<String, Object> page = new HashMap<>();
    page.put("lang", language.code());
    page.put("dir", language.direction());
    for (String key :
        List.of(
            "title",
            "intro",
            "none",
            "madeLabel",
            "unitLabel",
            "statusLabel",
            "createdLabel",
            "anonymisedLabel",
            "anonymisedText",
            "nameLabel",
            "phoneLabel",
            "emailLabel",
            "filesLabel",
            "timelineLabel")) {
      page.put(key, texts.getString("export." + key));
    }
    page.put("made", Israel.dateTime(language.locale(), export.madeAt()));
    page.put("requests", export.requests().stream().map(r -> request(r, texts, language)).toList());
    PAGE.execute(page, out);
  }

  private static Map<String, Object> request(
      ResidentRecords.Request r, ResourceBundle texts, Language language) {
    Map<String, Object> shown = new HashMap<>();
    shown.put("reference", r.reference());
    shown.put("type", r.type());
    shown.put("unit", r.unit());
    shown.put("status", texts.getString("status." + r.status()));
    shown.put("created", Israel.dateTime(language.locale(), r.createdAt()));
    shown.put("anonymised", r.anonymised());
    shown.put("name", r.name());
    shown.put("phone", r.phone());
    shown.put("email", r.email());
    shown.put(
        "emailSafe", texts.getString(r.emailSafe() ? "export.emailSafe" : "export.emailNotSafe"));
    shown.put("answers", r.answers());
    shown.put("files", r.files());
    shown.put("hasFiles", !r.files().isEmpty());
    shown.put(
        "timeline",
        r.timeline().stream()
            .map(
                s ->
                    Map.of(
                        "when", Israel.dateTime(language.locale(), s.at()),
                        "what", what(s, texts),
                        "text", s.text() == null ? "" : s.text()))
            .toList());
    return shown;
  }

  private static String what(ResidentRecords.Step step, ResourceBundle texts) {
    String kind = texts.getString("event." + step.kind());
    return step.status() == null ? kind : kind + " " + texts.getString("status." + step.status());
  }

  private static void optional(JsonGenerator json, String name, String value) {
    if (value != null) {
      json.write(name, value);
    }
  }
}
