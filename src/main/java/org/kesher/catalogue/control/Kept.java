package org.kesher.catalogue.control;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A copy of something read from the catalogue, kept between requests: the intake path reads the
 * request types, localities, routing rules and mail templates from here instead of from the
 * database each time (a dozen small reads per request before, bench of issue 7). The copy is read
 * again when the catalogue's edition has moved since it was read ({@link CatalogueEdition}: a
 * change saved on this node, or announced by another node of the cluster), or when it is older than
 * the edition's {@link CatalogueEdition#unseenAtMost()}. Two requests that find it out of date may
 * both read it; the later copy stays.
 */
public final class Kept<T> {

  private record Copy<T>(T value, long edition, long readAtNanos) {}

  private final LongSupplier edition;
  private final Supplier<Duration> maxAge;
  private final LongSupplier nanoClock;
  private volatile Copy<T> copy;

  /**
   * @param edition the bean's edition, asked for when the copy is read (an injected field is not
   *     yet set when the bean's own fields are)
   */
  public Kept(Supplier<CatalogueEdition> edition) {
    this(() -> edition.get().number(), () -> edition.get().unseenAtMost(), System::nanoTime);
  }

  Kept(LongSupplier edition, Supplier<Duration> maxAge, LongSupplier nanoClock) {
    this.edition = edition;
    this.maxAge = maxAge;
    this.nanoClock = nanoClock;
  }

  /** The kept copy, or a new one from {@code read} when it is out of date. */
  public T get(Supplier<T> read) {
    Copy<T> kept = copy;
    // the edition before the read: a change committed during the read leaves this copy out of date
    long now = nanoClock.getAsLong();
    long current = edition.getAsLong();
    if (kept != null
        && kept.edition() == current
        && now - kept.readAtNanos() < maxAge.get().toNanos()) {
      return kept.value();
    }
    T value = read.get();
    copy = new Copy<>(value, current, now);
    return value;
  }
}
