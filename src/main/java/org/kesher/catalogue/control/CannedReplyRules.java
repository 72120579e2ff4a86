package org.kesher.catalogue.control;

import java.util.List;
import java.util.Optional;
import org.kesher.catalogue.control.CatalogueRules.Violation;
import org.kesher.ground.control.Language;

/**
 * The rules for a canned reply: one of the three languages, an existing active unit when it belongs
 * to one, and a title and body within their limits.
 */
record CannedReplyRules(CatalogueSnapshot catalogue) {

  static final int REPLY_TITLE = 120;
  static final int REPLY_BODY = 2000;

  /** A canned reply. */
  List<Violation> check(ReplyDraft reply) {
    var found = new Findings();
    if (reply.language() == null
        || Language.fromCode(reply.language())
            .filter(l -> l.code().equals(reply.language()))
            .isEmpty()) {
      found.add("language", "check.language");
    }
    if (reply.unitId() != null) {
      Optional<UnitDraft> unit = catalogue.unit(reply.unitId());
      if (unit.isEmpty()) {
        found.add("unit", "check.noSuchUnit");
      } else if (!unit.get().active()) {
        found.add("unit", "check.unitInactive");
      }
    }
    found.present(reply.title(), "title", REPLY_TITLE);
    found.present(reply.body(), "body", REPLY_BODY);
    return found.list();
  }
}
