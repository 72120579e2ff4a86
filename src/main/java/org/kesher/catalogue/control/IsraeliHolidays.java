package org.kesher.catalogue.control;

import com.kosherjava.zmanim.hebrewcalendar.JewishCalendar;
import java.time.LocalDate;

/**
 * Israel's public rest days and their eves from the Hebrew calendar (KosherJava zmanim), never from
 * a typed list: a day is closed on a holiday on which work is forbidden or on Yom Ha'atzmaut (as
 * observed: the library moves it when 5 Iyar falls near the Sabbath); the day before a holiday is
 * its eve, when offices close early. Purim, Chanukah, Lag BaOmer, Tisha B'Av and Yom HaZikaron are
 * working days; Chol HaMoed is open unless {@code cholHamoedClosed}.
 */
public final class IsraeliHolidays {

  private static final byte CLOSED = 1;
  private static final byte EVE = 2;

  private final boolean cholHamoedClosed;

  /** Each day's answer, worked out once: intake asks about the same few weeks again and again. */
  private final java.util.Map<LocalDate, Byte> days =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final IsraeliHolidays CHOL_HAMOED_OPEN = new IsraeliHolidays(false);
  private static final IsraeliHolidays CHOL_HAMOED_CLOSED = new IsraeliHolidays(true);

  public IsraeliHolidays(boolean cholHamoedClosed) {
    this.cholHamoedClosed = cholHamoedClosed;
  }

  /** Chol HaMoed open, as most municipalities keep it (with reduced service). */
  public static IsraeliHolidays standard() {
    return CHOL_HAMOED_OPEN;
  }

  /** The holidays with Chol HaMoed open or closed, each kept once (its days worked out once). */
  public static IsraeliHolidays of(boolean cholHamoedClosed) {
    return cholHamoedClosed ? CHOL_HAMOED_CLOSED : CHOL_HAMOED_OPEN;
  }

  /**
   * The holiday a day belongs to, for the calendar page: the holiday itself on a closed day or on
   * Chol HaMoed, the coming holiday on an eve; a code such as {@code YOM_KIPPUR}.
   */
  public java.util.Optional<String> holiday(LocalDate day) {
    JewishCalendar hebrew = hebrew(isEve(day) ? day.plusDays(1) : day);
    String code =
        switch (hebrew.getYomTovIndex()) {
          case JewishCalendar.PESACH -> "PESACH";
          case JewishCalendar.CHOL_HAMOED_PESACH -> "CHOL_HAMOED_PESACH";
          case JewishCalendar.SHAVUOS -> "SHAVUOT";
          case JewishCalendar.ROSH_HASHANA -> "ROSH_HASHANA";
          case JewishCalendar.YOM_KIPPUR -> "YOM_KIPPUR";
          case JewishCalendar.SUCCOS -> "SUKKOT";
          case JewishCalendar.CHOL_HAMOED_SUCCOS, JewishCalendar.HOSHANA_RABBA ->
              "CHOL_HAMOED_SUKKOT";
          case JewishCalendar.SHEMINI_ATZERES, JewishCalendar.SIMCHAS_TORAH -> "SHEMINI_ATZERET";
          case JewishCalendar.YOM_HAATZMAUT -> "YOM_HAATZMAUT";
          default -> null;
        };
    return java.util.Optional.ofNullable(code);
  }

  /** Whether offices are closed on {@code day} for a holiday (weekends aside). */
  public boolean isClosed(LocalDate day) {
    return (kind(day) & CLOSED) != 0;
  }

  /** Whether {@code day} is a holiday's eve (and not closed itself), when offices close early. */
  public boolean isEve(LocalDate day) {
    return kind(day) == EVE;
  }

  private byte kind(LocalDate day) {
    return days.computeIfAbsent(day, this::worked);
  }

  private static JewishCalendar hebrew(LocalDate day) {
    JewishCalendar hebrew = new JewishCalendar(day);
    hebrew.setInIsrael(true);
    hebrew.setUseModernHolidays(true);
    return hebrew;
  }

  private byte worked(LocalDate day) {
    JewishCalendar hebrew = hebrew(day);
    boolean closed =
        hebrew.isYomTovAssurBemelacha()
            || hebrew.getYomTovIndex() == JewishCalendar.YOM_HAATZMAUT
            || cholHamoedClosed && hebrew.isCholHamoed();
    if (closed) {
      return CLOSED;
    }
    return hebrew.isErevYomTov() ? EVE : 0;
  }
}
