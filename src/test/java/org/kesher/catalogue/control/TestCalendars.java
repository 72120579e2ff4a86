package org.kesher.catalogue.control;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The business calendars and their administration on a test's own entity manager, for tests of
 * other features: a change counts as the catalogue's edition at once (no transaction registry
 * outside the server).
 */
public final class TestCalendars {

  private static final AtomicLong EDITION = new AtomicLong();

  private TestCalendars() {}

  private static CatalogueEdition edition() {
    return new CatalogueEdition() {
      @Override
      public void changed() {
        EDITION.incrementAndGet();
      }

      @Override
      public long number() {
        return EDITION.get();
      }
    };
  }

  public static BusinessCalendars calendars(EntityManager em) {
    var calendars = new BusinessCalendars();
    calendars.em = em;
    calendars.edition = edition();
    return calendars;
  }

  public static CalendarAdmin admin(EntityManager em) {
    var admin = new CalendarAdmin();
    admin.em = em;
    admin.edition = edition();
    var revisions = new CalendarRevisions();
    revisions.em = em;
    admin.revisions = revisions;
    return admin;
  }
}
