package org.kesher.catalogue.control;

import static org.kesher.catalogue.control.CatalogueDrafts.NAMES;

import java.util.ArrayList;
import java.util.List;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.FieldDatatype;

/** The builders of request type drafts and their fields, made by {@link CatalogueDrafts}. */
final class TypeDrafts {

  private TypeDrafts() {}

  static final class TypeBuilder {
    private Long id;
    private final String code;
    private Texts name = NAMES;
    private Texts description = NAMES;
    private Confidentiality confidentiality = Confidentiality.STANDARD;
    private Boolean anonymous;
    private int firstResponseHours = 24;
    private int resolutionHours = 112;
    private List<FieldDraft> fields;
    private boolean active = true;

    TypeBuilder(String code) {
      this.code = code;
    }

    TypeBuilder id(long id) {
      this.id = id;
      return this;
    }

    TypeBuilder name(Texts name) {
      this.name = name;
      return this;
    }

    TypeBuilder description(Texts description) {
      this.description = description;
      return this;
    }

    TypeBuilder confidentiality(Confidentiality confidentiality) {
      this.confidentiality = confidentiality;
      return this;
    }

    TypeBuilder restricted() {
      return confidentiality(Confidentiality.RESTRICTED);
    }

    /** Sealed, and so anonymous unless {@link #anonymous(boolean)} says otherwise. */
    TypeBuilder sealed() {
      return confidentiality(Confidentiality.SEALED);
    }

    /** Whether residents may ask anonymously; by default exactly when the type is sealed. */
    TypeBuilder anonymous(boolean anonymous) {
      this.anonymous = anonymous;
      return this;
    }

    TypeBuilder firstResponseHours(int hours) {
      this.firstResponseHours = hours;
      return this;
    }

    TypeBuilder resolutionHours(int hours) {
      this.resolutionHours = hours;
      return this;
    }

    /** Adds a field; the first one added replaces the default field "topic". */
    TypeBuilder withField(FieldBuilder field) {
      if (fields == null) {
        fields = new ArrayList<>();
      }
      fields.add(field.build());
      return this;
    }

    TypeBuilder withoutFields() {
      this.fields = new ArrayList<>();
      return this;
    }

    TypeBuilder inactive() {
      this.active = false;
      return this;
    }

    TypeDraft build() {
      return new TypeDraft(
          id,
          code,
          name,
          description,
          confidentiality,
          anonymous != null ? anonymous : confidentiality == Confidentiality.SEALED,
          firstResponseHours,
          resolutionHours,
          fields != null ? List.copyOf(fields) : List.of(new FieldBuilder("topic").build()),
          active);
    }
  }

  static final class FieldBuilder {
    private final String code;
    private FieldDatatype datatype = FieldDatatype.TEXT;
    private boolean required = true;
    private boolean maxLengthGiven;
    private Integer maxLength;
    private Texts label = NAMES;
    private Texts hint = Texts.NONE;
    private final List<OptionDraft> options = new ArrayList<>();

    FieldBuilder(String code) {
      this.code = code;
    }

    FieldBuilder datatype(FieldDatatype datatype) {
      this.datatype = datatype;
      return this;
    }

    /** A choice among these options, each labelled in all languages. */
    FieldBuilder choice(String... options) {
      return datatype(FieldDatatype.CHOICE).withOptions(options);
    }

    FieldBuilder optional() {
      this.required = false;
      return this;
    }

    /** Up to so many characters; by default 200 for a text field and none for the others. */
    FieldBuilder maxLength(Integer maxLength) {
      this.maxLength = maxLength;
      this.maxLengthGiven = true;
      return this;
    }

    FieldBuilder label(Texts label) {
      this.label = label;
      return this;
    }

    FieldBuilder hint(Texts hint) {
      this.hint = hint;
      return this;
    }

    /** Adds options labelled in all languages. */
    FieldBuilder withOptions(String... codes) {
      for (String option : codes) {
        withOption(option, NAMES);
      }
      return this;
    }

    FieldBuilder withOption(String code, Texts label) {
      options.add(new OptionDraft(code, label));
      return this;
    }

    FieldDraft build() {
      Integer length =
          maxLengthGiven ? maxLength : datatype == FieldDatatype.TEXT ? Integer.valueOf(200) : null;
      return new FieldDraft(code, datatype, required, length, label, hint, List.copyOf(options));
    }
  }
}
