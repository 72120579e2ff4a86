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

  public IsraeliHolidays(boolean cholHamoedClosed) {
    this.cholHamoedClosed = cholHamoedClosed;
  }

  /** Chol HaMoed open, as most municipalities keep it (with reduced service). */
  public static IsraeliHolidays standard() {
    return new IsraeliHolidays(false);
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

  private byte worked(LocalDate day) {
    JewishCalendar hebrew = new JewishCalendar(day);
    hebrew.setInIsrael(true);
    hebrew.setUseModernHolidays(true);
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
