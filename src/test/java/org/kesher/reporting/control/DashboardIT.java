package org.kesher.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.control.CaseVisibility;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.catalogue.control.BusinessCalendar;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * The dashboard's figures on MariaDB and H2 for a generated data set equal the same figures counted
 * directly in SQL, one plain query per cell; a unit head's figures hold their units only; sealed
 * cases stay out of compliance and timings, and a handful of them reads "&lt; 5".
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class DashboardIT {

  private static final Instant NOW = israel("2026-12-06T12:00");
  private static final LocalDate FROM = LocalDate.parse("2026-09-06");
  private static final LocalDate TO = LocalDate.parse("2026-12-06");
  private static final CaseVisibility.ReportScope ALL =
      new CaseVisibility.ReportScope(true, Set.of());

  @Parameter TestJpa.Engine engine;

  private static Instant israel(String local) {
    return LocalDateTime.parse(local).atZone(BusinessCalendar.ISRAEL).toInstant();
  }

  private static Dashboard dashboard(EntityManager em) {
    var dashboard = new Dashboard();
    dashboard.em = em;
    return dashboard;
  }

  /**
   * 160 cases over 100 days in three units and four types, some answered, some resolved, a few
   * waiting or closed; three sealed protection contacts.
   */
  private static void generate(EntityManager em) {
    var staff = new StaffAccount("report.worker", "Worker", "x", Language.EN, NOW);
    em.persist(staff);
    List<Unit> units =
        List.of(
            PhoneCases.unit(em, "RIGHTS_CENTER"),
            PhoneCases.unit(em, "MEDIATION"),
            PhoneCases.unit(em, "HOUSING_CULTURE"));
    List<String> types = List.of("RIGHTS_INFO", "MEDIATION", "GENERAL", "HOUSE_COMMITTEE");
    for (int n = 0; n < 163; n++) {
      boolean sealed = n >= 160;
      Instant opened = NOW.minus(Duration.ofHours(7 + (sealed ? n - 160 : n) * 15L));
      CaseFile c =
          PhoneCases.open(
              em,
              new CaseReference(2026, 880_000 + n),
              PhoneCases.type(em, sealed ? "PROTECTION_CONTACT" : types.get(n % 4)),
              sealed ? PhoneCases.unit(em, "PROTECTION_EIN_TZURIM") : units.get(n % 3),
              "Caller " + n,
              opened);
      em.flush();
      if (n % 5 != 0) {
        em.persist(c.moveTo(CaseStatus.IN_PROGRESS, staff, opened.plus(Duration.ofHours(n % 40))));
      }
      if (sealed) {
        continue;
      }
      if (n % 5 != 0 && n % 3 == 0) {
        em.persist(
            c.moveTo(CaseStatus.RESOLVED, staff, opened.plus(Duration.ofHours(20 + n % 170))));
      } else if (n % 5 != 0 && n % 7 == 1) {
        em.persist(
            c.moveTo(CaseStatus.WAITING_FOR_RESIDENT, staff, opened.plus(Duration.ofHours(50))));
      }
    }
  }

  private static long direct(EntityManager em, String sql, Object... params) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  private static Timestamp at(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(BusinessCalendar.ISRAEL).toInstant());
  }

  @Test
  void everyFigureEqualsItsCountInSql() {
    try (TestJpa db = TestJpa.freshDatabase(engine, "kesher_dashboard")) {
      db.run(DashboardIT::generate);
      db.run(
          em -> {
            var dashboard = dashboard(em);
            var filter = new Dashboard.Filter(FROM, TO, null, null);
            Timestamp start = at(FROM);
            Timestamp end = at(TO.plusDays(1));

            var open = dashboard.openByUnitAndStatus(ALL, filter);
            assertFalse(open.isEmpty());
            var named = dashboard.named(ALL);
            assertEquals(
                direct(em, "SELECT COUNT(*) FROM community_unit"),
                named.units().size(),
                "every unit named, as a page reads them once");
            assertEquals(
                open,
                dashboard.openByUnitAndStatus(named, filter),
                "every unit named gives the manager's figures");
            assertEquals(
                dashboard.backlogByAge(ALL, filter, Instant.parse("2026-12-01T00:00:00Z")),
                dashboard.backlogByAge(named, filter, Instant.parse("2026-12-01T00:00:00Z")));
            for (var cell : open) {
              assertEquals(
                  direct(
                      em,
                      "SELECT COUNT(*) FROM case_file WHERE unit_id = ? AND status = ?",
                      cell.key(),
                      cell.key2()),
                  cell.total(),
                  "open " + cell);
            }
            assertEquals(
                direct(
                    em,
                    "SELECT COUNT(*) FROM case_file WHERE status IN ('NEW', 'ASSIGNED',"
                        + " 'IN_PROGRESS', 'WAITING_FOR_RESIDENT')"),
                open.stream().mapToLong(Dashboard.Count::total).sum());

            var weeks = dashboard.newByTypeAndWeek(ALL, filter);
            Instant sunday = israel("2026-09-06T00:00");
            for (var cell : weeks) {
              Instant weekStart = sunday.plus(Duration.ofDays(7 * Long.parseLong(cell.key2())));
              Timestamp from = Timestamp.from(max(weekStart, start.toInstant()));
              Timestamp to =
                  Timestamp.from(min(weekStart.plus(Duration.ofDays(7)), end.toInstant()));
              assertEquals(
                  direct(
                      em,
                      "SELECT COUNT(*) FROM case_file WHERE request_type_id = ?"
                          + " AND created_at >= ? AND created_at < ?",
                      cell.key(),
                      from,
                      to),
                  cell.total(),
                  "week " + cell);
            }
            assertEquals(
                direct(
                    em,
                    "SELECT COUNT(*) FROM case_file WHERE created_at >= ? AND created_at < ?",
                    start,
                    end),
                weeks.stream().mapToLong(Dashboard.Count::total).sum());

            for (var cell : dashboard.byLocality(ALL, filter)) {
              assertEquals(
                  direct(
                      em,
                      "SELECT COUNT(*) FROM case_file WHERE COALESCE(locality_id, 0) = ?"
                          + " AND created_at >= ? AND created_at < ?",
                      cell.key(),
                      start,
                      end),
                  cell.total());
            }

            for (var cell : dashboard.compliance(ALL, filter, NOW)) {
              String mine =
                  " FROM case_file WHERE unit_id = ? AND request_type_id = ?"
                      + " AND created_at >= ? AND created_at < ?";
              assertEquals(
                  direct(
                      em,
                      "SELECT COUNT(*)" + mine + " AND first_responded_at <= first_response_due",
                      cell.unitId(),
                      cell.typeId(),
                      start,
                      end),
                  cell.firstResponseMet(),
                  "first responses in time " + cell);
              assertEquals(
                  direct(
                      em,
                      "SELECT COUNT(*)"
                          + mine
                          + " AND resolved_at IS NOT NULL AND resolved_at > resolution_due",
                      cell.unitId(),
                      cell.typeId(),
                      start,
                      end),
                  cell.resolutionMissed()
                      - direct(
                          em,
                          "SELECT COUNT(*)"
                              + mine
                              + " AND resolved_at IS NULL AND closed_at IS NULL"
                              + " AND resolution_due < ? AND status IN ('NEW', 'ASSIGNED',"
                              + " 'IN_PROGRESS')",
                          cell.unitId(),
                          cell.typeId(),
                          start,
                          end,
                          Timestamp.from(NOW)),
                  "resolutions late " + cell);
            }

            var hours = dashboard.hoursToFirstResponse(ALL, filter);
            long answered =
                direct(
                    em,
                    "SELECT COUNT(*) FROM case_file WHERE first_responded_at IS NOT NULL"
                        + " AND confidentiality <> 'SEALED' AND created_at >= ? AND created_at < ?",
                    start,
                    end);
            assertEquals(answered, hours.stream().mapToLong(Dashboard.Bucket::cases).sum());
            for (double share : new double[] {0.5, 0.9}) {
              long rank = (long) Math.ceil(share * answered);
              assertEquals(
                  direct(
                      em,
                      "SELECT FLOOR(TIMESTAMPDIFF(MINUTE, created_at, first_responded_at) / 60)"
                          + " FROM case_file WHERE first_responded_at IS NOT NULL"
                          + " AND confidentiality <> 'SEALED' AND created_at >= ? AND created_at < ?"
                          + " ORDER BY 1 LIMIT 1 OFFSET "
                          + (rank - 1),
                      start,
                      end),
                  Figures.percentile(hours, share).getAsLong(),
                  "percentile " + share);
            }

            Map<String, Long> backlog = new HashMap<>();
            dashboard
                .backlogByAge(ALL, filter, NOW)
                .forEach(c -> backlog.merge(c.key2(), c.total(), Long::sum));
            assertEquals(
                direct(
                    em,
                    "SELECT COUNT(*) FROM case_file WHERE status IN ('NEW', 'ASSIGNED',"
                        + " 'IN_PROGRESS', 'WAITING_FOR_RESIDENT') AND created_at <= ?"
                        + " AND created_at > ?",
                    Timestamp.from(NOW.minus(Duration.ofDays(7))),
                    Timestamp.from(NOW.minus(Duration.ofDays(30)))),
                backlog.getOrDefault("8-30", 0L));
          });
    }
  }

  @Test
  void aUnitHeadCountsTheirUnitsAndSealedCasesOnlyAsSmallCounts() {
    try (TestJpa db = TestJpa.freshDatabase(engine, "kesher_dashboard_scope")) {
      db.run(DashboardIT::generate);
      db.run(
          em -> {
            var dashboard = dashboard(em);
            var filter = new Dashboard.Filter(FROM, TO, null, null);
            long rights = PhoneCases.unit(em, "RIGHTS_CENTER").id();
            long protection = PhoneCases.unit(em, "PROTECTION_EIN_TZURIM").id();
            var head = new CaseVisibility.ReportScope(false, Set.of(rights));
            var open = dashboard.openByUnitAndStatus(head, filter);
            assertFalse(open.isEmpty());
            assertTrue(open.stream().allMatch(c -> c.key() == rights), "their unit only");
            assertTrue(
                dashboard
                    .openByUnitAndStatus(new CaseVisibility.ReportScope(false, Set.of()), filter)
                    .isEmpty(),
                "no scope, no figures");

            var sealed =
                dashboard.openByUnitAndStatus(ALL, filter).stream()
                    .filter(c -> c.key() == protection)
                    .toList();
            assertEquals(3, sealed.stream().mapToLong(Dashboard.Count::total).sum());
            assertTrue(
                sealed.stream().allMatch(c -> Figures.shown(c.total(), c.sealed()).equals("< 5")),
                "three protection contacts read '< 5'");
            assertTrue(
                dashboard.compliance(ALL, filter, NOW).stream()
                    .noneMatch(c -> c.unitId() == protection),
                "sealed cases stay out of compliance");
          });
    }
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
