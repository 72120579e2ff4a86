package org.kesher.cases.control;

import jakarta.persistence.EntityManager;

/** The case queries on a test's own entity manager, for query tests of other features. */
public final class TestQueries {

  private TestQueries() {}

  public static CaseQueries on(EntityManager em) {
    var queries = new CaseQueries();
    queries.em = em;
    return queries;
  }

  /** Cases reached by their reference, on a test's own entity manager. */
  public static CaseLookup lookup(EntityManager em) {
    var lookup = new CaseLookup();
    lookup.em = em;
    lookup.accessed = new org.kesher.testing.FiredEvents<>();
    return lookup;
  }
}
