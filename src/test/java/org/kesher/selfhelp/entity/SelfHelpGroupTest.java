package org.kesher.selfhelp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kesher.catalogue.entity.LocalizedText;
import org.kesher.catalogue.entity.Unit;
import org.kesher.catalogue.entity.UnitKind;
import org.kesher.ground.control.Language;

/**
 * A directory entry's rules: kept by a self-help centre, published only with a topic and a way to
 * reach it, and its yearly review (flagged after a year without a confirmation, hidden after the
 * grace period more; a confirmation starts the year again).
 */
class SelfHelpGroupTest {

  private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
  private static final LocalizedText TEXT = new LocalizedText("א", "ب", "a");

  private static SelfHelpGroup draft() {
    return new SelfHelpGroup(
        new Unit("SELF_HELP_X", UnitKind.SELF_HELP_CENTER, TEXT, TEXT), "Twins", null, T0);
  }

  private static GroupDetails details(String phone, String website) {
    return new GroupDetails(
        GroupKind.GROUP,
        "Parents of twins",
        null,
        List.of(Language.HE, Language.RU),
        true,
        false,
        false,
        "Tuesdays 18:00",
        phone,
        null,
        website,
        true,
        null);
  }

  @Test
  void onlyASelfHelpCentreKeepsAnEntry() {
    var rights = new Unit("RIGHTS_CENTER", UnitKind.RIGHTS_CENTER, TEXT, TEXT);
    assertThrows(IllegalArgumentException.class, () -> new SelfHelpGroup(rights, "x", null, T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SelfHelpGroup(draft().centre(), " ", null, T0),
        "a name is needed");
  }

  @Test
  void publishedWithATopicAndAWayToReachIt() {
    var group = draft();
    group.describe(details(null, null), null, Set.of());
    assertThrows(IllegalStateException.class, () -> group.publish(T0), "no topic, no contact");
    group.describe(details("050-1234567", null), null, Set.of(new GroupTopicFixture().topic()));
    group.publish(T0);
    assertEquals(GroupStatus.PUBLISHED, group.status());
    assertEquals(List.of(Language.HE, Language.RU), group.details().languages());
    assertThrows(
        IllegalArgumentException.class,
        () -> details("050-1234567", "javascript:alert(1)"),
        "a website is an http(s) address");
  }

  @Test
  void aYearWithoutConfirmationFlagsItAndTheGracePeriodHidesIt() {
    var group = draft();
    group.describe(details("050-1234567", null), null, Set.of(new GroupTopicFixture().topic()));
    group.publish(T0);
    Instant year = T0.plus(SelfHelpGroup.REVIEW_AFTER);
    assertEquals(Optional.empty(), group.review(year.minusSeconds(1)));
    assertEquals(Optional.of(GroupStatus.PUBLISHED), group.review(year), "flagged");
    assertEquals(year, group.flaggedAt().orElseThrow());
    assertEquals(Optional.empty(), group.review(year.plus(Duration.ofDays(30))), "flagged once");
    group.confirm(year.plus(Duration.ofDays(30)));
    assertEquals(Optional.empty(), group.flaggedAt(), "confirmed: the year starts again");
    assertEquals(Optional.empty(), group.review(year.plus(SelfHelpGroup.GRACE)));

    Instant next = year.plus(Duration.ofDays(30)).plus(SelfHelpGroup.REVIEW_AFTER);
    assertEquals(Optional.of(GroupStatus.PUBLISHED), group.review(next));
    assertEquals(Optional.empty(), group.review(next.plus(SelfHelpGroup.GRACE).minusSeconds(1)));
    assertEquals(Optional.of(GroupStatus.HIDDEN), group.review(next.plus(SelfHelpGroup.GRACE)));
    assertEquals(GroupStatus.HIDDEN, group.status());
    assertEquals(Optional.empty(), group.review(next.plus(Duration.ofDays(400))), "hidden stays");
  }
}
