package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.Set;
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
                var account =
                    new StaffAccount(
                        "tab.owner", "Tab Owner", "not-a-login", Language.HE, Instant.now());
                em.persist(account);
                em.persist(new QueueView(account.id()));
                return account.id();
              });

      var refused =
          assertThrows(
              RuntimeException.class,
              () ->
                  jpa.run(
                      first -> {
                        QueueView outdated = first.find(QueueView.class, staffId);
                        // the other tab changes the view and commits first
                        jpa.run(
                            second ->
                                keepStatus(second.find(QueueView.class, staffId), "IN_PROGRESS"));
                        keepStatus(outdated, "NEW");
                      }));
      assertTrue(Causes.any(refused, OptimisticLockException.class::isInstance), refused::toString);

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
                var account =
                    new StaffAccount(
                        "code.owner", "Code Owner", "not-a-login", Language.HE, Instant.now());
                em.persist(account);
                em.persist(new StaffRecoveryCode(account, "hash-of-a-code"));
                return em.createQuery("SELECT c.id FROM StaffRecoveryCode c", Long.class)
                    .getSingleResult();
              });
      var refused =
          assertThrows(
              RuntimeException.class,
              () ->
                  jpa.run(
                      first -> {
                        StaffRecoveryCode outdated = first.find(StaffRecoveryCode.class, codeId);
                        jpa.run(
                            second ->
                                second.find(StaffRecoveryCode.class, codeId).use(Instant.now()));
                        outdated.use(Instant.now());
                      }));
      assertTrue(Causes.any(refused, OptimisticLockException.class::isInstance), refused::toString);
    }
  }

  private static void keepStatus(QueueView view, String status) {
    view.keep(Set.of("type", "status"), null, status, null, null, null, null, null);
  }
}
