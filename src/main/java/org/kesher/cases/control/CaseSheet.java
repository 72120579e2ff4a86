package org.kesher.cases.control;

import java.time.Instant;
import java.util.List;

/**
 * A case as its page shows it to a staff member who may see it, in their language: no entity leaves
 * the transaction.
 */
public record CaseSheet(
    String reference,
    long version,
    String type,
    String unit,
    String programme,
    String status,
    String assignee,
    Instant expectedBy,
    String confidentiality,
    boolean anonymous,
    String requesterName,
    String requesterPhone,
    String requesterEmail,
    boolean emailSafe,
    List<Answer> answers,
    List<Entry> timeline,
    List<String> nextStatuses,
    List<Related> related,
    List<Related> linked,
    List<File> files,
    List<Canned> cannedReplies,
    List<Colleague> colleagues)
    implements java.io.Serializable {

  /** A member of the case's unit the viewer may give the case to. */
  public record Colleague(long id, String name) implements java.io.Serializable {}

  /** A ready answer of the case's unit (or of every unit), in the staff member's language. */
  public record Canned(long id, String title, String body) implements java.io.Serializable {}

  /** An attachment, without its content: downloaded on its own. */
  public record File(long id, String name, String mediaType, long sizeBytes, Instant at)
      implements java.io.Serializable {}

  /** A unit a case may be referred to. */
  public record UnitChoice(String code, String name) {}

  /** A possible duplicate or related case the viewer may see. */
  public record Related(String reference, String type, String status)
      implements java.io.Serializable {}

  /** One of the type's fields and what the resident answered. */
  public record Answer(String label, String value) implements java.io.Serializable {}

  /**
   * One event of the whole timeline, internal ones included. {@code actor} is the staff member's
   * name, or null when {@code actorKind} (RESIDENT, SYSTEM) says who; {@code text} is what someone
   * wrote, or null when {@code said} is a key under {@code timeline.} of the staff messages (words
   * Kesher wrote) with {@code saidValue} the value it names; {@code internal} when the resident
   * does not see it. {@code otherCase} is the reference of another case the event names, when the
   * viewer may see that case; {@code otherCaseHidden} says the event names a case the viewer may
   * not see (and so is not named). {@code to} names the one party a public event is addressed to,
   * or is {@code "*"} for a reply to all parties; null for the requester's.
   */
  public record Entry(
      Instant at,
      String kind,
      String actor,
      String actorKind,
      String status,
      String text,
      String said,
      String saidValue,
      boolean internal,
      String otherCase,
      boolean otherCaseHidden,
      String to)
      implements java.io.Serializable {}
}
