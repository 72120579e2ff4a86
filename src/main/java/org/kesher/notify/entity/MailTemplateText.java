package org.kesher.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A mail template an administrator changed, for one kind of mail in one language. */
@Entity
@Table(name = "mail_template")
@NamedQuery(name = MailTemplateText.ALL, query = "SELECT t FROM MailTemplateText t")
@IdClass(MailTemplateText.Key.class)
public class MailTemplateText {

  public static final String ALL = "MailTemplateText.all";

  /** The kind of mail and the language. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String kind;
    private String language;

    public Key() {}

    public Key(String kind, String language) {
      this.kind = kind;
      this.language = language;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(kind, key.kind)
          && java.util.Objects.equals(language, key.language);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(kind, language);
    }
  }

  @Id private String kind;

  @Id private String language;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @jakarta.persistence.Version private long version;

  protected MailTemplateText() {}

  public MailTemplateText(String kind, String language) {
    this.kind = kind;
    this.language = language;
  }

  public void change(String subject, String body, Instant now) {
    this.subject = subject;
    this.body = body;
    this.updatedAt = now;
  }

  public String kind() {
    return kind;
  }

  public String language() {
    return language;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  /** Changes with every save: a page that showed another version shows an outdated text. */
  public long version() {
    return version;
  }
}
