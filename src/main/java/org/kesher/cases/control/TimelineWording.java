package org.kesher.cases.control;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.kesher.cases.entity.EventKind;
import org.kesher.cases.entity.Referral;

/**
 * The words Kesher itself wrote into a timeline event (the routing decision, a referral made
 * without the resident's consent), turned into a key of the staff messages and the value it names,
 * so that a page says them in the staff member's language. What staff and residents wrote is left
 * as it is.
 */
final class TimelineWording {

  /** How {@code routing.control.Router.Decision#reason} tells a rule's decision. */
  private static final Pattern BY_RULE = Pattern.compile("^routing rule (\\d{1,18})$");

  private static final String TO_DESK = "fallback: intake desk";

  /** A message key under {@code timeline.} and the value it names, or none. */
  record Said(String key, String value) {}

  private TimelineWording() {}

  /**
   * What Kesher wrote in an event of {@code kind}, in words of the staff messages.
   *
   * @param rules names a routing rule by its id (its request type and locality, in the reader's
   *     language), or gives null for a rule since removed
   */
  static Optional<Said> of(EventKind kind, String text, LongFunction<String> rules) {
    if (text == null) {
      return Optional.empty();
    }
    if (kind == EventKind.ROUTED) {
      if (TO_DESK.equals(text)) {
        return Optional.of(new Said("routedToDesk", ""));
      }
      var byRule = BY_RULE.matcher(text);
      if (byRule.matches()) {
        long id = Long.parseLong(byRule.group(1));
        String named = rules.apply(id);
        return Optional.of(new Said("routedByRule", named == null ? "#" + id : named));
      }
    }
    if (kind == EventKind.TARGET_WARNING || kind == EventKind.TARGET_BREACHED) {
      return Optional.of(new Said("target." + text, ""));
    }
    if (kind == EventKind.REFERRED && Referral.CONTACT_NOT_SHARED.equals(text)) {
      return Optional.of(new Said("contactNotShared", ""));
    }
    return Optional.empty();
  }
}
