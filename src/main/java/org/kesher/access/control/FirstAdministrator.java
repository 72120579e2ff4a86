package org.kesher.access.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.kesher.access.entity.StaffRole;
import org.kesher.ground.control.FirstStart;
import org.kesher.ground.control.Language;

/**
 * On the first start, when no administrator exists, creates the account {@code admin} with a
 * generated password that is printed once to the console and stored only as a hash (by one node,
 * when several start together).
 */
@Singleton
@Startup
@DependsOn("StartupChecks")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
  public static final String USERNAME = "admin";

  @Inject StaffAccounts accounts;

  @Inject FirstStart firstStart;

  @PostConstruct
  void ensureOne() {
    // nodes starting together on a new database: one creates it, the others then find it
    firstStart.alone("first-administrator", this::createUnlessThere);
  }

  private void createUnlessThere() {
    if (accounts.countWithRole(StaffRole.ADMINISTRATOR) > 0) {
      return;
    }
    String password = GeneratedPassword.create();
    accounts.createToChooseOwnPassword(
        USERNAME, "מנהל/ת מערכת", password, Language.HE, StaffRole.ADMINISTRATOR);
    LOG.info("Created the first administrator account");
    // the password goes to the console once and to no log file
    System.out.println(
        """

        ================================================================
         Kesher: first start. Administrator account created.
           username: %s
           password: %s
         This password is shown only now. Log in with it and choose your own.
        ================================================================
        """
            .formatted(USERNAME, password));
  }
}
