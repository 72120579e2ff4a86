package org.kesher.ground.control;

import java.util.Objects;

/**
 * Something a staff member, a resident or Kesher itself reached or changed, fired by the feature
 * where it happened as a CDI event inside that transaction, so that the access log (audit) records
 * it there or not at all. It names what was reached (a case's reference, an account's username, a
 * type's code) and never carries any of its content: a sealed case's words cannot reach the log
 * through it.
 *
 * @param staffId the staff member, when the firing code knows them; otherwise the access log takes
 *     the logged-in caller of the request
 * @param staffName their username (for a refused login, the name typed)
 * @param detail a word from code (an event kind, a field's name), never a resident's text
 */
public record Accessed(
    Action action,
    ObjectKind objectKind,
    String object,
    boolean granted,
    Extent extent,
    Long staffId,
    String staffName,
    String detail) {

  /** What kind of access. */
  public enum Action {
    LOGIN,
    LOCKED_OUT,
    SECOND_FACTOR,
    CASE_CREATED,
    CASE_CHANGED,
    CASE_OPENED,
    FILE_DOWNLOADED,
    CASE_PRINTED,
    LETTER_PRINTED,
    LIST_EXPORTED,
    ADMIN_CHANGE,
    ACCESS_LOG_SEARCHED,
    ACCESS_LOG_VERIFIED,
    BREAK_GLASS,
    BREAK_GLASS_REVIEWED,
    RESIDENT_DATA_SEARCHED,
    RESIDENT_DATA_EXPORTED,
    RESIDENT_DATA_CORRECTED,
    RESIDENT_DATA_ANONYMISED
  }

  /** What was reached. */
  public enum ObjectKind {
    CASE,
    STAFF_ACCOUNT,
    UNIT,
    REQUEST_TYPE,
    LOCALITY,
    ROUTING_RULE,
    MAIL_TEMPLATE,
    CANNED_REPLY,
    ACCESS_LOG,
    CALENDAR,
    REPORT,
    BUILDING,
    EMERGENCY_REGISTER,
    GROUP_TOPIC
  }

  /** How much of it was shown. */
  public enum Extent {
    NONE,
    SUMMARY,
    WHOLE_CASE,
    FILE,
    LIST
  }

  public Accessed {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(objectKind, "objectKind");
    Objects.requireNonNull(extent, "extent");
  }

  /** A change by an administrator (or anyone changing what is not a case), by the caller. */
  public static Accessed adminChange(ObjectKind kind, String object, String detail) {
    return new Accessed(Action.ADMIN_CHANGE, kind, object, true, Extent.NONE, null, null, detail);
  }

  /**
   * A list or report exported by the caller: what ({@code object}, such as a queue's or a table's
   * name), in which format, and how many rows left.
   */
  public static Accessed exported(ObjectKind kind, String object, long rows, String format) {
    return new Accessed(
        Action.LIST_EXPORTED,
        kind,
        clip(object),
        true,
        Extent.LIST,
        null,
        null,
        format + ", " + rows + " rows");
  }

  /** A read or change of a case by a known staff member (null: by a resident or by Kesher). */
  public static Accessed ofCase(
      Action action,
      String reference,
      Extent extent,
      Long staffId,
      String staffName,
      String detail) {
    return new Accessed(
        action, ObjectKind.CASE, reference, true, extent, staffId, staffName, detail);
  }

  /** A case reference the caller asked for and may not see (or that does not exist). */
  public static Accessed refusedCase(Action action, String reference, Long staffId) {
    return new Accessed(
        action, ObjectKind.CASE, clip(reference), false, Extent.NONE, staffId, null, null);
  }

  /** A login step of a staff account, granted or refused. */
  public static Accessed login(
      Action action, boolean granted, Long staffId, String username, String detail) {
    return new Accessed(
        action,
        ObjectKind.STAFF_ACCOUNT,
        clip(username),
        granted,
        Extent.NONE,
        staffId,
        clip(username),
        detail);
  }

  private static String clip(String typed) {
    if (typed == null) {
      return null;
    }
    String s = typed.strip();
    return s.length() > 100 ? s.substring(0, 100) : s;
  }
}
