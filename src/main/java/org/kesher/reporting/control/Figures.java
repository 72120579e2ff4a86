package org.kesher.reporting.control;

import java.util.List;
import java.util.OptionalLong;

/**
 * How a dashboard shows its figures: a count that holds sealed cases and is below {@link
 * #SMALLEST_SHOWN} reads "&lt; 5" (a handful of protection contacts in one unit or one week could
 * point at people), and a percentile is read from an hours histogram by nearest rank.
 */
public final class Figures {

  /** The smallest count of sealed cases shown as it is. */
  public static final long SMALLEST_SHOWN = 5;

  /** What a page shows for a small count of sealed cases. */
  public static final String SMALL = "< 5";

  private Figures() {}

  /** The count as shown: "&lt; 5" for 1 to 4 cases when any is sealed, else the number. */
  public static String shown(long total, long sealed) {
    return sealed > 0 && total > 0 && total < SMALLEST_SHOWN ? SMALL : Long.toString(total);
  }

  /**
   * The {@code share} percentile (0.5 for the median, 0.9) of the hours in a histogram sorted by
   * hours, by nearest rank: the smallest value with at least that share of the cases at or below
   * it; empty without cases.
   */
  public static OptionalLong percentile(List<Dashboard.Bucket> histogram, double share) {
    long cases = histogram.stream().mapToLong(Dashboard.Bucket::cases).sum();
    if (cases == 0) {
      return OptionalLong.empty();
    }
    long rank = (long) Math.ceil(share * cases);
    long seen = 0;
    for (Dashboard.Bucket bucket : histogram) {
      seen += bucket.cases();
      if (seen >= rank) {
        return OptionalLong.of(bucket.hours());
      }
    }
    return OptionalLong.of(histogram.get(histogram.size() - 1).hours());
  }
}
