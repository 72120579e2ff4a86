package org.kesher.ground.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** What Kesher takes from the country it serves: its time zone and its one long-text limit. */
public final class Israel {

  /** Every date a resident or a caseworker reads, and every business day, is in Israel's time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Jerusalem");

  /**
   * The longest text a person types in one go (a request's description, a note, a reply, a mail
   * template's body, a form field's limit): 4,000 characters, as the database's columns hold.
   */
  public static final int LONG_TEXT = 4000;

  private Israel() {}

  /**
   * A moment as a reader in Israel sees it: date and time in the reader's locale, Israel's time.
   */
  public static String dateTime(Locale locale, Instant at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(ZONE)
        .format(at);
  }

  /** A day as a reader in Israel sees it: the date alone, in the reader's locale. */
  public static String date(Locale locale, Instant at) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(locale)
        .withZone(ZONE)
        .format(at);
  }
}
