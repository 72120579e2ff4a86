package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.Audience;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseParty;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.EventKind;
import org.kesher.cases.entity.EventVisibility;
import org.kesher.catalogue.entity.RoutingRule;
import org.kesher.ground.control.Language;

/**
 * A case's whole timeline as a staff member reads it. An event that names another case (a
 * duplicate's original, the case a referral opened) shows that case's reference only to a viewer
 * the visibility rule lets see it, decided now, in one query for the whole timeline; everyone else
 * reads only what happened ("marked as a duplicate", "referred to another unit").
 */
@ApplicationScoped
public class Timeline {

  /**
   * How events written before the other case had a column of its own named it in their (sealed)
   * text: "= KS-2026-000123", "→ KS-2026-000123 (contact not shared)".
   */
  private static final Pattern NAMED_IN_TEXT =
      Pattern.compile("^[=→] (KS-\\d{4}-\\d{6,9})( \\(contact not shared\\))?$");

  @PersistenceContext EntityManager em;

  @Inject CaseQueries queries;

  /** The timeline as {@code viewer} may read it, Kesher's own words named for {@code language}. */
  public List<CaseSheet.Entry> of(Viewer viewer, CaseFile caseFile, Language language) {
    List<CaseEvent> events =
        em.createNamedQuery(CaseEvent.TIMELINE, CaseEvent.class)
            .setParameter("caseFile", caseFile)
            .getResultList();
    Map<CaseEvent, Named> named = new HashMap<>();
    for (CaseEvent e : events) {
      named(e).ifPresent(n -> named.put(e, n));
    }
    Set<String> visible =
        queries.visibleReferences(
            viewer, named.values().stream().map(Named::reference).distinct().toList());
    LongFunction<String> rules = id -> rule(id, language);
    return events.stream()
        .map(
            e -> {
              Named n = named.get(e);
              String text = n == null ? e.body().orElse(null) : n.rest();
              var said = TimelineWording.of(e.kind(), text, rules);
              return new CaseSheet.Entry(
                  e.occurredAt(),
                  e.kind().name(),
                  e.actor().map(StaffAccount::displayName).orElse(null),
                  e.actorKind().name(),
                  e.toStatus().map(Enum::name).orElse(null),
                  said.isPresent() ? null : text,
                  said.map(TimelineWording.Said::key).orElse(null),
                  said.map(TimelineWording.Said::value).orElse(null),
                  e.visibility() == EventVisibility.INTERNAL,
                  n != null && visible.contains(n.reference()) ? n.reference() : null,
                  n != null && !visible.contains(n.reference()),
                  addressee(e));
            })
        .toList();
  }

  /** Whom a public event is for, when not the requester alone: one party's name, or "*" for all. */
  private static String addressee(CaseEvent e) {
    if (e.audience() == Audience.PARTY) {
      return e.party().map(CaseParty::name).orElse(null);
    }
    return e.kind() == EventKind.PUBLIC_REPLY && e.audience() == Audience.ALL ? "*" : null;
  }

  /** A routing rule as a timeline names it: its request type and locality, or null if removed. */
  private String rule(long id, Language language) {
    RoutingRule rule = em.find(RoutingRule.class, id);
    if (rule == null) {
      return null;
    }
    String type = rule.requestType().map(t -> t.name().in(language)).orElse("*");
    return rule.locality().map(l -> type + " · " + l.name().in(language)).orElse(type);
  }

  /** The other case an event names, and what else its text says. */
  record Named(String reference, String rest) {}

  static Optional<Named> named(CaseEvent e) {
    if (e.otherCase().isPresent()) {
      return Optional.of(
          new Named(e.otherCase().get().reference().toString(), e.body().orElse(null)));
    }
    return e.body().flatMap(Timeline::namedInText);
  }

  static Optional<Named> namedInText(String text) {
    var m = NAMED_IN_TEXT.matcher(text);
    if (!m.matches() || CaseReference.parse(m.group(1)).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Named(m.group(1), m.group(2) == null ? null : m.group(2).strip()));
  }
}
