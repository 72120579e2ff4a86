package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.kesher.cases.entity.CaseFile;

/**
 * The word index computed again after a new index key, one batch of cases a step in the caller's
 * transaction, with its progress beside the re-sealing's (table {@code case_word} of the same job),
 * so a rebuild cut off resumes after its last batch. An anonymised case keeps no words.
 */
@ApplicationScoped
public class CaseWordRebuild {

  /** The progress row's table name. */
  public static final String TABLE = "case_word";

  @PersistenceContext EntityManager em;

  @Inject CaseWords words;

  public CaseWordRebuild() {}

  /** On an entity manager of one's own (tests outside the server). */
  public CaseWordRebuild(EntityManager em) {
    this.em = em;
    this.words = new CaseWords();
    this.words.em = em;
  }

  /**
   * Indexes the next {@code batch} cases of the job again.
   *
   * @return whether every case is done
   */
  public boolean step(String job, int batch) {
    List<?> at =
        em.createNativeQuery(
                "SELECT last_id, done_rows, finished_at FROM sealing_progress"
                    + " WHERE job = ? AND table_name = ?")
            .setParameter(1, job)
            .setParameter(2, TABLE)
            .getResultList();
    if (at.isEmpty()) {
      em.createNativeQuery(
              "INSERT INTO sealing_progress (job, table_name, last_id, done_rows)"
                  + " VALUES (?, ?, 0, 0)")
          .setParameter(1, job)
          .setParameter(2, TABLE)
          .executeUpdate();
    } else if (((Object[]) at.get(0))[2] != null) {
      return true;
    }
    Object[] row = at.isEmpty() ? new Object[] {0L, 0L, null} : (Object[]) at.get(0);
    long after = ((Number) row[0]).longValue();
    long done = ((Number) row[1]).longValue();
    List<CaseFile> cases =
        em.createQuery("SELECT c FROM CaseFile c WHERE c.id > :after ORDER BY c.id", CaseFile.class)
            .setParameter("after", after)
            .setMaxResults(batch)
            .getResultList();
    for (CaseFile c : cases) {
      em.createQuery("DELETE FROM CaseWord w WHERE w.caseId = :id")
          .setParameter("id", c.id())
          .executeUpdate();
      if (c.anonymisedAt().isEmpty()) {
        words.index(c, words.textsOf(c));
      }
    }
    boolean finished = cases.size() < batch;
    em.createNativeQuery(
            "UPDATE sealing_progress SET last_id = ?, done_rows = ?, finished_at = ?"
                + " WHERE job = ? AND table_name = ?")
        .setParameter(1, cases.isEmpty() ? after : cases.get(cases.size() - 1).id())
        .setParameter(2, done + cases.size())
        .setParameter(3, finished ? Timestamp.from(Instant.now()) : null)
        .setParameter(4, job)
        .setParameter(5, TABLE)
        .executeUpdate();
    em.flush();
    return finished;
  }
}
