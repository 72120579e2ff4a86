package org.kesher.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * What the seed migrations must put into a fresh database, checked the same way on H2 and on
 * MariaDB: every unit, request type and locality of DOMAIN.md and the seed documents, in Hebrew,
 * Arabic and English.
 */
public final class SeedData {

  /** The request types the catalogue seed creates. */
  public static final Set<String> REQUEST_TYPES =
      Set.of(
          "RIGHTS_INFO",
          "MEDIATION",
          "PROTECTION_CONTACT",
          "HOUSE_COMMITTEE",
          "EMERGENCY_TEAM",
          "CRISIS_SUPPORT",
          "SELF_HELP",
          "VOLUNTEER",
          "SENIORS",
          "GENERAL");

  private SeedData() {}

  static void assertComplete(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      assertEquals(REQUEST_TYPES, codes(sql, "request_type"));
      assertEquals(
          "SEALED",
          single(
              sql, "SELECT confidentiality FROM request_type WHERE code = 'PROTECTION_CONTACT'"));
      assertEquals(
          "1",
          single(
              sql,
              "SELECT COUNT(*) FROM request_type WHERE code = 'PROTECTION_CONTACT'"
                  + " AND anonymous_allowed = TRUE"));
      assertEquals(
          "RESTRICTED",
          single(sql, "SELECT confidentiality FROM request_type WHERE code = 'MEDIATION'"));

      Set<String> units = codes(sql, "community_unit");
      for (String unit :
          List.of(
              "COMMUNITY_WORK",
              "RIGHTS_CENTER",
              "MEDIATION",
              "HOUSING_CULTURE",
              "PROTECTION_EVEN_SHMUEL",
              "PROTECTION_MERKAZ_SHAPIRA",
              "PROTECTION_ALUMA",
              "PROTECTION_EIN_TZURIM",
              "EMBRACE_TEAMS",
              "SELF_HELP_HAIFA",
              "SELF_HELP_NAZARETH",
              "SELF_HELP_JERUSALEM",
              "SELF_HELP_RAMAT_GAN",
              "SELF_HELP_BEER_SHEVA",
              "VOLUNTEERING",
              "SENIORS")) {
        assertTrue(units.contains(unit), "unit " + unit + " is seeded");
      }
      assertEquals(
          "1", single(sql, "SELECT COUNT(*) FROM community_unit WHERE intake_desk = TRUE"));
      // the self-help centres of seed 000 with their contacts
      assertEquals(
          "04-8552045",
          single(sql, "SELECT phones FROM community_unit WHERE code = 'SELF_HELP_HAIFA'"));
      assertTrue(
          single(sql, "SELECT phones FROM community_unit WHERE code = 'SELF_HELP_RAMAT_GAN'")
              .contains("03-671-2809"));
      assertTrue(
          single(
                  sql,
                  "SELECT x.content FROM community_unit u JOIN community_unit_text x ON x.owner_id ="
                      + " u.id AND x.field = 'contact_person' AND x.lang = 'he'"
                      + " WHERE u.code = 'SELF_HELP_BEER_SHEVA'")
              .contains("שולמית שמש"));

      Set<String> localities = codes(sql, "locality");
      for (String place :
          List.of(
              "HAIFA",
              "NAZARETH",
              "JERUSALEM",
              "RAMAT_GAN",
              "BEER_SHEVA",
              "EVEN_SHMUEL",
              "MERKAZ_SHAPIRA",
              "ALUMA",
              "EIN_TZURIM")) {
        assertTrue(localities.contains(place), "locality " + place + " is seeded");
      }

      // every text in all five languages, as translation rows
      for (String[] texts :
          List.of(
              new String[] {"locality", "name"},
              new String[] {"community_unit", "name"},
              new String[] {"community_unit", "services"},
              new String[] {"request_type", "name"},
              new String[] {"request_type", "description"},
              new String[] {"request_field", "label"},
              new String[] {"request_field_option", "label"})) {
        String table = texts[0];
        String field = texts[1];
        assertEquals(
            "0",
            single(
                sql,
                "SELECT COUNT(*) FROM "
                    + table
                    + " o WHERE (SELECT COUNT(*) FROM "
                    + table
                    + "_text x WHERE x.owner_id = o.id AND x.field = '"
                    + field
                    + "' AND x.lang IN ('he', 'ar', 'en', 'ru', 'am') AND TRIM(x.content) <> '')"
                    + " <> 5"),
            table + "." + field + " has a text missing in he, ar, en, ru or am");
      }

      // each type has its own fields; choice fields have their allowed values
      assertEquals(
          "0",
          single(
              sql,
              "SELECT COUNT(*) FROM request_type t WHERE NOT EXISTS"
                  + " (SELECT 1 FROM request_field f WHERE f.request_type_id = t.id)"));
      assertEquals(
          "0",
          single(
              sql,
              "SELECT COUNT(*) FROM request_field f WHERE f.datatype IN ('CHOICE','MULTI_CHOICE')"
                  + " AND NOT EXISTS (SELECT 1 FROM request_field_option o WHERE o.field_id = f.id)"));
      assertTrue(
          Integer.parseInt(
                  single(
                      sql,
                      "SELECT COUNT(*) FROM request_field f JOIN request_type t ON t.id ="
                          + " f.request_type_id WHERE t.code = 'MEDIATION' AND f.code ="
                          + " 'other_party_name'"))
              == 1,
          "a mediation request asks about the other party");
      // a protection contact goes to the team of the resident's settlement
      assertEquals(
          "PROTECTION_ALUMA",
          single(
              sql,
              "SELECT u.code FROM routing_rule r JOIN request_type t ON t.id = r.request_type_id"
                  + " JOIN locality l ON l.id = r.locality_id JOIN community_unit u ON u.id ="
                  + " r.unit_id WHERE t.code = 'PROTECTION_CONTACT' AND l.code = 'ALUMA'"));
    }
  }

  private static Set<String> codes(Statement sql, String table) throws SQLException {
    Set<String> codes = new TreeSet<>();
    try (ResultSet rows = sql.executeQuery("SELECT code FROM " + table)) {
      while (rows.next()) {
        codes.add(rows.getString(1));
      }
    }
    return codes;
  }

  private static String single(Statement sql, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    assertEquals(1, values.size(), "one row from: " + query);
    return values.get(0);
  }
}
