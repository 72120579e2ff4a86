package org.kesher.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kesher.audit.entity.AccessEntry;
import org.kesher.audit.entity.AccessSeal;
import org.kesher.audit.entity.SealedDay;
import org.kesher.ground.control.Israel;

/**
 * The daily seal's steps (each a transaction of its own, {@code AccessLogSteps}), so that a day of
 * many entries is sealed in batches and a seal cut short resumes where it stopped.
 */
@ApplicationScoped
public class SealWriter {

  @PersistenceContext EntityManager em;

  @Inject Event<DaySealed> sealed;

  Clock clock = Clock.systemUTC();

  public SealWriter() {}

  /** A writer on an entity manager of one's own (tests, tools outside the server). */
  public SealWriter(EntityManager em, Event<DaySealed> sealed, Clock clock) {
    this.em = em;
    this.sealed = sealed;
    this.clock = clock;
  }

  /**
   * How far a day's seal is: the link to continue from, the next place, the last entry sealed that
   * day, and how many were.
   */
  public record Progress(
      String previous, long nextSeq, long afterEntry, long count, Long firstSeq, boolean full) {}

  /** The first day not sealed yet; empty while the log has no entry at all. */
  public Optional<LocalDate> firstUnsealedDay() {
    Optional<SealedDay> newest = first(em.createNamedQuery(SealedDay.NEWEST, SealedDay.class));
    if (newest.isPresent()) {
      return Optional.of(newest.get().day().plusDays(1));
    }
    Instant earliest =
        em.createQuery("SELECT MIN(e.happenedAt) FROM AccessEntry e", Instant.class)
            .getSingleResult();
    return Optional.ofNullable(earliest).map(at -> LocalDate.ofInstant(at, Israel.ZONE));
  }

  /** Where the day's seal starts, or goes on from if it was cut short. */
  public Progress progress(LocalDate day) {
    Optional<AccessSeal> last = first(em.createNamedQuery(AccessSeal.LAST, AccessSeal.class));
    Optional<SealedDay> newestDay = first(em.createNamedQuery(SealedDay.NEWEST, SealedDay.class));
    String previous =
        last.map(AccessSeal::hash).orElse(newestDay.map(SealedDay::head).orElse(HashChain.START));
    long nextSeq =
        last.map(s -> s.seq() + 1)
            .orElse(newestDay.flatMap(SealedDay::lastSeq).map(s -> s + 1).orElse(1L));
    Optional<AccessSeal> lastOfDay =
        first(
            em.createNamedQuery(AccessSeal.LAST_OF_DAY, AccessSeal.class).setParameter("day", day));
    if (lastOfDay.isEmpty()) {
      return new Progress(previous, nextSeq, 0, 0, null, true);
    }
    long firstSeq =
        em.createQuery("SELECT MIN(s.seq) FROM AccessSeal s WHERE s.day = :day", Long.class)
            .setParameter("day", day)
            .getSingleResult();
    return new Progress(
        previous,
        nextSeq,
        lastOfDay.get().entryId(),
        lastOfDay.get().seq() - firstSeq + 1,
        firstSeq,
        true);
  }

  /** Seals up to {@code size} more of the day's entries. */
  public Progress batch(LocalDate day, Progress from, int size) {
    List<AccessEntry> entries =
        em.createNamedQuery(AccessEntry.OF_DAY_AFTER, AccessEntry.class)
            .setParameter("from", day.atStartOfDay(Israel.ZONE).toInstant())
            .setParameter("to", day.plusDays(1).atStartOfDay(Israel.ZONE).toInstant())
            .setParameter("after", from.afterEntry())
            .setMaxResults(size)
            .getResultList();
    String previous = from.previous();
    long seq = from.nextSeq();
    long after = from.afterEntry();
    Long firstSeq = from.firstSeq();
    for (AccessEntry entry : entries) {
      previous = HashChain.next(previous, entry.canonical());
      em.persist(new AccessSeal(seq, entry.id(), day, previous));
      if (firstSeq == null) {
        firstSeq = seq;
      }
      seq++;
      after = entry.id();
    }
    return new Progress(
        previous, seq, after, from.count() + entries.size(), firstSeq, entries.size() == size);
  }

  /** Writes the day's head and tells of it (the server log, the privacy officers' mail). */
  public SealedDay head(LocalDate day, Progress done) {
    SealedDay sealedDay =
        new SealedDay(
            day,
            done.firstSeq(),
            done.count() == 0 ? null : done.nextSeq() - 1,
            done.count(),
            done.previous(),
            clock.instant());
    em.persist(sealedDay);
    sealed.fire(new DaySealed(day, done.count(), done.previous()));
    return sealedDay;
  }

  private static <T> Optional<T> first(jakarta.persistence.TypedQuery<T> query) {
    return query.setMaxResults(1).getResultStream().findFirst();
  }
}
