package org.kesher.intake.boundary;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import org.kesher.catalogue.control.BusinessCalendar;
import org.kesher.ground.boundary.ProblemTexts;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.Language;

/** The public pages' texts in one language, for what a page bean says rather than its markup. */
final class PageTexts {

  private final Language language;
  private final ResourceBundle texts;

  PageTexts(Language language) {
    this.language = language;
    this.texts = ResourceBundle.getBundle("i18n.texts", language.locale());
  }

  String text(String key) {
    return texts.getString(key);
  }

  String problem(String problemKey) {
    return ProblemTexts.text(language, "field." + problemKey);
  }

  String date(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(language.locale())
            .withZone(BusinessCalendar.ISRAEL)
            .format(at);
  }

  String dateTime(Instant at) {
    return Israel.dateTime(language.locale(), at);
  }
}
