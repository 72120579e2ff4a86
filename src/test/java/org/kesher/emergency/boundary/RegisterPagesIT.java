package org.kesher.emergency.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kesher.testing.Browser;
import org.kesher.testing.ClassBrowser;
import org.kesher.testing.KesherClient;
import org.kesher.testing.SharedKesher;
import org.kesher.testing.StaffBrowserSession;
import org.kesher.testing.StaffJourney;
import org.kesher.testing.TestDatabase;

/**
 * The emergency register on the running Kesher: a resident's request to register special needs
 * lands in its settlement's register; the team reads it in door-to-door order (axe clean) and
 * exports it to CSV and PDF, each export in the access log with its format and row count; another
 * settlement's team gets 404 for the page and the exports alike; the API has no way to it.
 */
@ExtendWith(SharedKesher.class)
class RegisterPagesIT {

  private static final String PASSWORD = "Register-Pages-1";
  private static final String TEAM = "EMERGENCY_EVEN_SHMUEL";

  @RegisterExtension static final ClassBrowser chromium = new ClassBrowser();

  private final URL base = SharedKesher.url();

  @Test
  void aTeamReadsAndExportsItsRegisterAndNoOneElseReachesIt() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String street = "Herzl-" + run;
    var created =
        new KesherClient(base.toURI())
            .post(
                "api/v1/requests",
                "{\"requestType\":\"EMERGENCY_TEAM\",\"locality\":\"EVEN_SHMUEL\","
                    + "\"language\":\"he\",\"name\":\"Ruth Register\",\"phone\":\"054-1110000\","
                    + "\"consent\":true,\"answers\":{\"registration_kind\":"
                    + "\"REGISTER_SPECIAL_NEEDS\",\"needs\":[\"OXYGEN\",\"LIVES_ALONE\"],"
                    + "\"street\":\""
                    + street
                    + "\",\"house_number\":\"10\",\"special_needs\":\"NOTE-"
                    + run
                    + "\"}}");
    assertEquals(201, created.statusCode(), created.body());
    StaffBrowserSession.createStaff(
        922_201, "register.team", PASSWORD, 600_000, "CASEWORKER", "en");
    StaffBrowserSession.joinUnit(922_201, TEAM, "MEMBER");
    StaffBrowserSession.createStaff(
        922_202, "register.other", PASSWORD, 600_000, "CASEWORKER", "en");
    StaffBrowserSession.joinUnit(922_202, "EMERGENCY_MERKAZ_SHAPIRA", "MEMBER");
    String rows =
        TestDatabase.column(
            "SELECT COUNT(*) FROM emergency_registration r JOIN community_unit u ON u.id ="
                + " r.unit_id WHERE u.code = ?",
            TEAM);

    Browser b = chromium.fresh(base);
    new StaffJourney(b).logIn("register.team", PASSWORD);
    b.open("staff/register.xhtml?team=" + TEAM);
    String table = b.find("#register\\:households").getText();
    assertTrue(table.contains(street) && table.contains("Ruth Register"), table);
    assertTrue(table.contains("Depends on oxygen") && table.contains("NOTE-" + run), table);
    assertEquals("", b.axeViolations("the emergency register [en]"));

    String csv =
        new String(
            staffPost(b, "staff/register-export/" + TEAM + ".csv", 200), StandardCharsets.UTF_8);
    assertTrue(csv.contains(street) && csv.contains("054-1110000"), csv);
    assertEquals(Integer.parseInt(rows) + 1, csv.lines().count(), "a header and every row");
    byte[] pdf = staffPost(b, "staff/register-export/" + TEAM + ".pdf", 200);
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    for (String format : new String[] {"CSV", "PDF"}) {
      assertEquals(
          "1",
          TestDatabase.column(
              "SELECT COUNT(*) FROM access_entry WHERE action = 'LIST_EXPORTED' AND object_kind ="
                  + " 'EMERGENCY_REGISTER' AND object_ref = ? AND staff_name = 'register.team'"
                  + " AND detail = ?",
              TEAM,
              format + ", " + rows + " rows"),
          "the " + format + " export is in the access log with its row count");
    }

    var other = new StaffBrowserSession(base.toURI());
    other.logIn("register.other", PASSWORD);
    assertEquals(404, other.get("staff/register.xhtml?team=" + TEAM).statusCode());
    assertEquals(404, other.postForBytes("staff/register-export/" + TEAM + ".csv").statusCode());
    assertTrue(
        !other.get("staff/register.xhtml").body().contains(street), "no register of another team");
    var api = new KesherClient(base.toURI());
    assertEquals(404, api.get("api/v1/emergency-register").statusCode());
    assertTrue(!api.get("openapi").body().contains("register"), "no API path to a register");
  }

  private byte[] staffPost(Browser b, String path, int status) throws Exception {
    var answer = StaffBrowserSession.postAsBrowser(b, base.toURI(), path);
    assertEquals(status, answer.statusCode(), path);
    return answer.body();
  }
}
