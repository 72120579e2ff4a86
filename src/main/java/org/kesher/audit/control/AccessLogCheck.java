package org.kesher.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kesher.audit.entity.AccessEntry;
import org.kesher.audit.entity.AccessSeal;
import org.kesher.audit.entity.SealedDay;
import org.kesher.ground.control.Israel;

/**
 * Walks the access log's hash chain and names what does not hold: an entry whose link has no entry
 * any more (removed), whose columns no longer give its link (changed), an entry in a sealed day
 * without a link (added), a day whose kept head is not its last link.
 */
@ApplicationScoped
public class AccessLogCheck {

  static final int BATCH = 2000;

  /** How many findings a check names at most. */
  static final int MAX_FINDINGS = 50;

  @PersistenceContext EntityManager em;

  public AccessLogCheck() {}

  /** A check on an entity manager of one's own (tests, tools outside the server). */
  public AccessLogCheck(EntityManager em) {
    this.em = em;
  }

  /** Something the check found. */
  public record Finding(Kind kind, long entryId) implements java.io.Serializable {
    /** What happened to the entry, or to the day. */
    public enum Kind {
      REMOVED,
      CHANGED,
      ADDED,
      HEAD_DIFFERS
    }
  }

  /** The check's result: how much it walked, and what it found, in chain order. */
  public record Verification(long links, long days, List<Finding> findings)
      implements java.io.Serializable {
    public boolean intact() {
      return findings.isEmpty();
    }

    /** The first finding, as a line for a person: "entry 1234 was changed". */
    public String firstProblem() {
      return findings.isEmpty()
          ? "intact"
          : findings.get(0).kind().name().toLowerCase(java.util.Locale.ROOT)
              + ": entry "
              + findings.get(0).entryId();
    }
  }

  public Verification verify() {
    List<Finding> findings = new ArrayList<>();
    long links = walkLinks(findings);
    List<SealedDay> days =
        em.createNamedQuery(SealedDay.ALL, SealedDay.class)
            .setHint("eclipselink.refresh", "true")
            .getResultList();
    checkHeads(days, findings);
    if (!days.isEmpty()) {
      Instant sealedUntil =
          days.get(days.size() - 1).day().plusDays(1).atStartOfDay(Israel.ZONE).toInstant();
      em.createNamedQuery(AccessEntry.UNSEALED_BEFORE, Long.class)
          .setParameter("from", days.get(0).day().atStartOfDay(Israel.ZONE).toInstant())
          .setParameter("to", sealedUntil)
          .setMaxResults(MAX_FINDINGS)
          .getResultStream()
          .forEach(id -> findings.add(new Finding(Finding.Kind.ADDED, id)));
    }
    return new Verification(links, days.size(), findings.stream().limit(MAX_FINDINGS).toList());
  }

  private long walkLinks(List<Finding> findings) {
    long after = 0;
    long links = 0;
    String previous = null;
    while (true) {
      List<AccessSeal> seals =
          em.createNamedQuery(AccessSeal.FROM, AccessSeal.class)
              .setParameter("after", after)
              .setHint("eclipselink.refresh", "true")
              .setMaxResults(BATCH)
              .getResultList();
      if (seals.isEmpty()) {
        return links;
      }
      if (previous == null) {
        previous = linkBefore(seals.get(0).seq());
      }
      Map<Long, AccessEntry> entries =
          em.createQuery("SELECT e FROM AccessEntry e WHERE e.id IN :ids", AccessEntry.class)
              .setParameter("ids", seals.stream().map(AccessSeal::entryId).toList())
              // the rows as the database holds them now, never a copy a cache kept
              .setHint("eclipselink.refresh", "true")
              .getResultStream()
              .collect(Collectors.toMap(AccessEntry::id, Function.identity()));
      for (AccessSeal seal : seals) {
        AccessEntry entry = entries.get(seal.entryId());
        if (entry == null) {
          findings.add(new Finding(Finding.Kind.REMOVED, seal.entryId()));
        } else if (!HashChain.next(previous, entry.canonical()).equals(seal.hash())) {
          findings.add(new Finding(Finding.Kind.CHANGED, seal.entryId()));
        }
        previous = seal.hash();
        after = seal.seq();
        links++;
      }
      em.clear();
    }
  }

  /** The link before the first one kept: the head of the day before it, or the chain's start. */
  private String linkBefore(long seq) {
    return em.createNamedQuery(SealedDay.BEFORE_SEQ, SealedDay.class)
        .setParameter("seq", seq)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(SealedDay::head)
        .orElse(HashChain.START);
  }

  private void checkHeads(List<SealedDay> days, List<Finding> findings) {
    List<Long> lastSeqs = days.stream().flatMap(d -> d.lastSeq().stream()).toList();
    Map<Long, AccessSeal> lastLinks = new java.util.HashMap<>();
    for (int i = 0; i < lastSeqs.size(); i += BATCH) {
      em.createQuery("SELECT s FROM AccessSeal s WHERE s.seq IN :seqs", AccessSeal.class)
          .setParameter("seqs", lastSeqs.subList(i, Math.min(lastSeqs.size(), i + BATCH)))
          .setHint("eclipselink.refresh", "true")
          .getResultStream()
          .forEach(s -> lastLinks.put(s.seq(), s));
    }
    for (SealedDay day : days) {
      day.lastSeq()
          .map(lastLinks::get)
          .filter(link -> !link.hash().equals(day.head()))
          .ifPresent(link -> findings.add(new Finding(Finding.Kind.HEAD_DIFFERS, link.entryId())));
    }
  }
}
