package org.kesher.catalogue.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kesher.catalogue.control.FieldDraft;
import org.kesher.catalogue.control.OptionDraft;
import org.kesher.catalogue.control.Texts;
import org.kesher.catalogue.entity.FieldDatatype;

/**
 * The inputs of one form field of a request type. Its options are typed one a line, as {@code CODE
 * | Hebrew | Arabic | English}, and {@code | Russian | Amharic} after them where given.
 */
public class FieldInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code;
  private FieldDatatype datatype = FieldDatatype.TEXT;
  private boolean required;
  private String maxLength;
  private TextsInput label = new TextsInput();
  private TextsInput hint = new TextsInput();
  private String options;

  public FieldInput() {}

  public FieldInput(FieldDraft field) {
    code = field.code();
    datatype = field.datatype();
    required = field.required();
    maxLength = field.maxLength() == null ? null : field.maxLength().toString();
    label = new TextsInput(field.label());
    hint = new TextsInput(field.hint());
    options =
        field.options().stream()
            .map(o -> optionLine(o.code(), o.label()))
            .collect(Collectors.joining("\n"));
  }

  public FieldDraft draft() {
    Integer max = null;
    if (maxLength != null && !maxLength.isBlank()) {
      max = AdminScreen.number(maxLength, -1);
    }
    return new FieldDraft(
        code == null ? null : code.strip(),
        datatype,
        required,
        max,
        label.texts(),
        hint.texts(),
        optionDrafts());
  }

  private List<OptionDraft> optionDrafts() {
    List<OptionDraft> drafts = new ArrayList<>();
    if (options == null) {
      return drafts;
    }
    for (String line : options.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\\|", -1);
      drafts.add(
          new OptionDraft(
              parts[0].strip(),
              new Texts(
                  part(parts, 1), part(parts, 2), part(parts, 3), part(parts, 4), part(parts, 5))));
    }
    return drafts;
  }

  private static String optionLine(String code, Texts label) {
    String line =
        code
            + " | "
            + nullToEmpty(label.he())
            + " | "
            + nullToEmpty(label.ar())
            + " | "
            + nullToEmpty(label.en());
    if (label.ru() != null || label.am() != null) {
      line += " | " + nullToEmpty(label.ru()) + " | " + nullToEmpty(label.am());
    }
    return line;
  }

  private static String part(String[] parts, int i) {
    return i < parts.length && !parts[i].isBlank() ? parts[i].strip() : null;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public FieldDatatype getDatatype() {
    return datatype;
  }

  public void setDatatype(FieldDatatype datatype) {
    this.datatype = datatype;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public String getMaxLength() {
    return maxLength;
  }

  public void setMaxLength(String maxLength) {
    this.maxLength = maxLength;
  }

  public TextsInput getLabel() {
    return label;
  }

  public TextsInput getHint() {
    return hint;
  }

  public String getOptions() {
    return options;
  }

  public void setOptions(String options) {
    this.options = options;
  }
}
