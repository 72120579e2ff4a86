package org.kesher.access.control;

import jakarta.persistence.EntityManager;

/** The staff accounts' queries on a test's own entity manager, for tests of other features. */
public final class TestAccounts {

  private TestAccounts() {}

  public static StaffAccounts on(EntityManager em) {
    var accounts = new StaffAccounts();
    accounts.em = em;
    return accounts;
  }
}
