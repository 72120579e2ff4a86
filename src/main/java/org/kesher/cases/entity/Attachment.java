package org.kesher.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kesher.sealing.control.SealedBytes;
import org.kesher.sealing.control.SealedText;

/**
 * A file a resident sent with their request or with a reply, stored in the database with the case.
 * Its name and content are restricted case content and sealed (encrypted) like the rest; the media
 * type is the one its content showed, never the one declared.
 */
@Entity
@Table(name = "case_attachment")
@NamedQuery(
    name = Attachment.SUMMARIES,
    query =
        "SELECT NEW org.kesher.cases.entity.AttachmentSummary(a.id, e.id, a.displayName,"
            + " a.mediaType, a.sizeBytes, a.createdAt) FROM Attachment a LEFT JOIN a.event e"
            + " WHERE a.caseFile = :caseFile ORDER BY a.createdAt, a.id")
@NamedQuery(
    name = Attachment.OF_CASE,
    query = "SELECT a FROM Attachment a WHERE a.caseFile = :caseFile AND a.id = :id")
public class Attachment {

  /** The attachments of {@code :caseFile} as {@link AttachmentSummary}, oldest first. */
  public static final String SUMMARIES = "Attachment.summaries";

  /** The attachment {@code :id}, only if it belongs to {@code :caseFile}. */
  public static final String OF_CASE = "Attachment.ofCase";

  @Id
  @TableGenerator(
      name = "case_attachment_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "case_attachment",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_attachment_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CaseFile caseFile;

  /** The resident's reply the file came with; {@code null} when it came with the request. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "event_id")
  private CaseEvent event;

  @Convert(converter = SealedText.class)
  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  /**
   * Up to 10 MB, loaded with the entity: list a case's files with {@link #SUMMARIES}, which reads
   * no content, and load an entity only to hand its content out.
   */
  @Convert(converter = SealedBytes.class)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Attachment() {}

  /**
   * A file for {@code caseFile}, checked beforehand by the intake's rules.
   *
   * @param withReply the resident's reply on the same case the file came with, or {@code null} when
   *     it came with the request
   * @param content not copied; do not change it afterwards
   * @throws IllegalArgumentException when the reply is not a resident's reply on this case
   */
  public Attachment(
      CaseFile caseFile,
      CaseEvent withReply,
      String displayName,
      String mediaType,
      byte[] content,
      Instant now) {
    this.caseFile = Objects.requireNonNull(caseFile, "case file");
    if (withReply != null
        && (!sameCase(withReply.caseFile(), caseFile)
            || withReply.kind() != EventKind.RESIDENT_REPLY
            || withReply.actorKind() != ActorKind.RESIDENT)) {
      throw new IllegalArgumentException(
          "files come with the request or with a resident's reply on the same case");
    }
    this.event = withReply;
    this.displayName = Objects.requireNonNull(displayName, "display name");
    this.mediaType = Objects.requireNonNull(mediaType, "media type");
    this.content = Objects.requireNonNull(content, "content");
    this.sizeBytes = content.length;
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  private static boolean sameCase(CaseFile one, CaseFile other) {
    return one == other || one.id() != null && one.id().equals(other.id());
  }

  public Long id() {
    return id;
  }

  public CaseFile caseFile() {
    return caseFile;
  }

  /** The resident's reply the file came with; empty when it came with the request. */
  public Optional<CaseEvent> event() {
    return Optional.ofNullable(event);
  }

  public String displayName() {
    return displayName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  /** The file's bytes, opened; not a copy. */
  public byte[] content() {
    return content;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
