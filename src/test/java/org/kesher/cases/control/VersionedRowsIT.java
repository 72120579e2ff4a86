package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRecoveryCode;
import org.kesher.cases.entity.QueueView;
import org.kesher.ground.control.Causes;
import org.kesher.ground.control.Language;
import org.kesher.testing.TestJpa;

/**
 * Rows changed after they are written carry a version: of two changes made from the same state (a
 * staff member's queue view in two tabs, a recovery code in two logins), the second to commit is
 * refused instead of silently undoing the first, on MariaDB and H2.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class VersionedRowsIT {

  @Parameter TestJpa.Engine engine;

  @Test
  void aChangeMadeFromAnOutdatedViewIsRefused() {
    try (TestJpa jpa = TestJpa.freshDatabase(engine, "kesher_queue_views")) {
      long staffId =
          jpa.inTransaction(
              em -> {
                StaffAccount owner = staff(em, "tab.owner");
                em.persist(new QueueView(owner.id()));
                return owner.id();
              });

      assertRefused(
          staleChange(
              jpa,
              em -> em.find(QueueView.class, staffId),
              other -> keepStatus(other, "IN_PROGRESS"),
              outdated -> keepStatus(outdated, "NEW")));
      QueueView kept = jpa.inTransaction(em -> em.find(QueueView.class, staffId));
      assertEquals("IN_PROGRESS", kept.status(), "the first change stands");
    }
  }

  @Test
  void aRecoveryCodeReadBeforeAnotherLoginUsedItCannotBeUsedAgain() {
    try (TestJpa jpa = TestJpa.freshDatabase(engine, "kesher_recovery_versions")) {
      long codeId =
          jpa.inTransaction(
              em -> {
                em.persist(new StaffRecoveryCode(staff(em, "code.owner"), "hash-of-a-code"));
                return em.createQuery("SELECT c.id FROM StaffRecoveryCode c", Long.class)
                    .getSingleResult();
              });

      assertRefused(
          staleChange(
              jpa,
              em -> em.find(StaffRecoveryCode.class, codeId),
              other -> other.use(Instant.now()),
              outdated -> outdated.use(Instant.now())));
    }
  }

  private static StaffAccount staff(EntityManager em, String username) {
    var account = new StaffAccount(username, username, "not-a-login", Language.HE, Instant.now());
    em.persist(account);
    return account;
  }

  /**
   * Reads a row, lets another transaction change the same row and commit, then changes what it read
   * first and commits.
   *
   * @return what the last commit failed with
   */
  private static <T> RuntimeException staleChange(
      TestJpa jpa, Function<EntityManager, T> read, Consumer<T> other, Consumer<T> outdated) {
    return assertThrows(
        RuntimeException.class,
        () ->
            jpa.run(
                first -> {
                  T readFirst = read.apply(first);
                  jpa.run(second -> other.accept(read.apply(second)));
                  outdated.accept(readFirst);
                }));
  }

  private static void assertRefused(RuntimeException failure) {
    assertTrue(Causes.any(failure, OptimisticLockException.class::isInstance), failure::toString);
  }

  private static void keepStatus(QueueView view, String status) {
    view.keep(Set.of("type", "status"), null, status, null, null, null, null, null);
  }
}
