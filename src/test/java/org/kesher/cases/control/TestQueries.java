package org.kesher.cases.control;

import jakarta.persistence.EntityManager;

/** The case queries on a test's own entity manager, for query tests of other features. */
public final class TestQueries {

  private TestQueries() {}

  public static CaseQueries on(EntityManager em) {
    var queries = new CaseQueries();
    queries.em = em;
    queries.accessed = new org.kesher.testing.FiredEvents<>();
    return queries;
  }
}
