package org.kesher.selfhelp.entity;

import java.util.List;

/**
 * What the directory shows of a group, as the centre wrote it: its own name and words, the
 * languages it meets in, how and when it meets, how to reach it, and its venue's accessibility.
 */
public record GroupDetails(
    GroupKind kind,
    String name,
    String about,
    List<org.kesher.ground.control.Language> languages,
    boolean inPerson,
    boolean online,
    boolean phoneLine,
    String meets,
    String contactPhone,
    String contactEmail,
    String website,
    boolean venueAccessible,
    String accessibility)
    implements java.io.Serializable {

  public GroupDetails {
    kind = kind == null ? GroupKind.GROUP : kind;
    about = optional(about, 2000);
    languages = languages == null || languages.isEmpty() ? List.of() : List.copyOf(languages);
    meets = optional(meets, 300);
    contactPhone = optional(contactPhone, 60);
    contactEmail = optional(contactEmail, 250);
    website = optional(website, 300);
    accessibility = optional(accessibility, 300);
    if (website != null && !website.startsWith("https://") && !website.startsWith("http://")) {
      throw new IllegalArgumentException("website");
    }
  }

  static String required(String text, int max) {
    String given = optional(text, max);
    if (given == null) {
      throw new IllegalArgumentException("name");
    }
    return given;
  }

  private static String optional(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException("tooLong");
    }
    return stripped;
  }
}
