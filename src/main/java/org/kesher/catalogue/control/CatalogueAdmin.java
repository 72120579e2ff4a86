package org.kesher.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kesher.catalogue.control.CatalogueRules.Violation;
import org.kesher.catalogue.entity.AssignmentTurn;
import org.kesher.catalogue.entity.CannedReply;
import org.kesher.catalogue.entity.FieldOption;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.RequestField;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.RoutingRule;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Accessed;

/**
 * What the administrators change in the catalogue, each change checked by {@link CatalogueRules}
 * against the catalogue as it stands, in the transaction that saves it: units, request types with
 * their fields and options, routing rules and canned replies. The pages read per request, and the
 * copies that intake keeps in memory are read again once a change is committed ({@link
 * CatalogueEdition}), so the public form and the router use a change at once.
 */
@ApplicationScoped
@Transactional
public class CatalogueAdmin {

  /** Something as it is now, with the version an edit of it must still find. */
  public record Versioned<T>(T draft, long version) implements java.io.Serializable {}

  /** A locality to choose in a routing rule. */
  public record Place(long id, String code, String name) implements java.io.Serializable {}

  @PersistenceContext EntityManager em;

  @Inject CatalogueEdition edition;

  @Inject UnitStaffing staffing;

  @Inject CalendarRevisions revisions;

  /** Every saved change goes to the access log, named, in the transaction that saves it. */
  @Inject Event<Accessed> accessed;

  public List<Versioned<UnitDraft>> units() {
    return em
        .createQuery("SELECT u FROM Unit u ORDER BY u.displayOrder, u.code", Unit.class)
        .getResultList()
        .stream()
        .map(u -> new Versioned<>(UnitDraft.of(u), u.version()))
        .toList();
  }

  public List<Versioned<TypeDraft>> types() {
    return em
        .createQuery(
            "SELECT t FROM RequestType t ORDER BY t.displayOrder, t.code", RequestType.class)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "t.fields")
        .setHint("eclipselink.batch", "t.fields.options")
        .getResultList()
        .stream()
        .map(t -> new Versioned<>(TypeDraft.of(t), t.version()))
        .toList();
  }

  public List<Versioned<RuleDraft>> rules() {
    return reading().rules().stream()
        .map(r -> new Versioned<>(CatalogueReading.draft(r), r.version()))
        .toList();
  }

  public List<Versioned<ReplyDraft>> replies() {
    return em
        .createQuery(
            "SELECT r FROM CannedReply r ORDER BY r.unitId, r.language, r.id", CannedReply.class)
        .getResultList()
        .stream()
        .map(r -> new Versioned<>(CatalogueReading.draft(r), r.version()))
        .toList();
  }

  public List<Place> localities(org.kesher.ground.control.Language language) {
    return em
        .createQuery("SELECT l FROM Locality l ORDER BY l.kind, l.code", Locality.class)
        .getResultList()
        .stream()
        .map(l -> new Place(l.id(), l.code(), l.name().in(language)))
        .toList();
  }

  private CatalogueReading reading() {
    return new CatalogueReading(em, staffing);
  }

  private CatalogueRules catalogueRules() {
    return new CatalogueRules(reading().snapshot());
  }

  public Outcome saveUnit(UnitDraft draft, long version) {
    List<Violation> found = catalogueRules().check(draft);
    if (!found.isEmpty()) {
      return Outcome.refused(found);
    }
    edition.changed();
    Unit unit;
    if (draft.id() == null) {
      unit =
          new Unit(
              draft.code().strip(),
              draft.kind(),
              draft.name().toLocalized(),
              draft.services().toLocalized());
      em.persist(unit);
      em.persist(new AssignmentTurn(unit));
    } else {
      unit = em.find(Unit.class, draft.id());
      if (unit == null || unit.version() != version) {
        return Outcome.changedElsewhere();
      }
    }
    unit.revise(
        draft.kind(),
        draft.name().toLocalized(),
        draft.services().toLocalized(),
        draft.address().toLocalized(),
        draft.contactPerson().toLocalized(),
        blankToNull(draft.phones()),
        blankToNull(draft.email()),
        draft.assignmentPolicy());
    unit.setActive(draft.active());
    em.flush();
    return saved(Accessed.ObjectKind.UNIT, unit.code(), unit.id());
  }

  public Outcome saveType(TypeDraft draft, long version) {
    List<Violation> found = catalogueRules().check(draft);
    if (!found.isEmpty()) {
      return Outcome.refused(found);
    }
    edition.changed();
    RequestType type;
    if (draft.id() == null) {
      type =
          new RequestType(
              draft.code().strip(),
              draft.confidentiality(),
              draft.name().toLocalized(),
              draft.description().toLocalized());
      Integer last =
          em.createQuery("SELECT MAX(t.displayOrder) FROM RequestType t", Integer.class)
              .getSingleResult();
      type.placeAt(last == null ? 1 : last + 1);
      em.persist(type);
    } else {
      type = em.find(RequestType.class, draft.id());
      if (type == null || type.version() != version) {
        return Outcome.changedElsewhere();
      }
      if (type.firstResponseTarget().toHours() != draft.firstResponseHours()
          || type.resolutionHours() != draft.resolutionHours()) {
        revisions.changed(java.time.Instant.now());
      }
    }
    type.revise(
        draft.name().toLocalized(),
        draft.description().toLocalized(),
        draft.confidentiality(),
        draft.anonymousAllowed(),
        draft.firstResponseHours(),
        draft.resolutionHours(),
        draft.active());
    writeFields(type, draft.fields());
    em.flush();
    return saved(Accessed.ObjectKind.REQUEST_TYPE, type.code(), type.id());
  }

  /** The type's fields become the drafts: matched by code, the rest added or removed. */
  private void writeFields(RequestType type, List<FieldDraft> drafts) {
    Map<String, RequestField> existing = new LinkedHashMap<>();
    type.fields().forEach(f -> existing.put(f.code(), f));
    int order = 0;
    for (FieldDraft draft : drafts) {
      RequestField field = existing.remove(draft.code());
      if (field == null) {
        field = new RequestField(type, draft.code());
        type.adopt(field);
        em.persist(field);
      }
      field.revise(
          draft.datatype(),
          draft.required(),
          draft.maxLength(),
          draft.label().toLocalized(),
          draft.hint().toLocalized(),
          ++order);
      writeOptions(field, draft.options());
    }
    for (RequestField gone : existing.values()) {
      writeOptions(gone, List.of());
      type.abandon(gone);
      em.remove(gone);
    }
  }

  private void writeOptions(RequestField field, List<OptionDraft> drafts) {
    Map<String, FieldOption> existing = new LinkedHashMap<>();
    field.options().forEach(o -> existing.put(o.code(), o));
    int order = 0;
    for (OptionDraft draft : drafts) {
      FieldOption option = existing.remove(draft.code());
      if (option == null) {
        option = new FieldOption(field, draft.code());
        field.adopt(option);
        em.persist(option);
      }
      option.revise(draft.label().toLocalized(), ++order);
    }
    for (FieldOption gone : new ArrayList<>(existing.values())) {
      field.abandon(gone);
      em.remove(gone);
    }
  }

  public Outcome saveRule(RuleDraft draft, long version) {
    List<Violation> found = catalogueRules().check(draft);
    if (!found.isEmpty()) {
      return Outcome.refused(found);
    }
    edition.changed();
    RequestType type =
        draft.requestTypeId() == null ? null : em.find(RequestType.class, draft.requestTypeId());
    Locality locality =
        draft.localityId() == null ? null : em.find(Locality.class, draft.localityId());
    Unit unit = em.find(Unit.class, draft.unitId());
    RoutingRule rule;
    if (draft.id() == null) {
      rule = new RoutingRule(type, locality, unit);
      em.persist(rule);
    } else {
      rule = em.find(RoutingRule.class, draft.id());
      if (rule == null || rule.version() != version) {
        return Outcome.changedElsewhere();
      }
    }
    rule.revise(type, locality, unit, draft.priority(), draft.active());
    em.flush();
    return saved(Accessed.ObjectKind.ROUTING_RULE, String.valueOf(rule.id()), rule.id());
  }

  public Outcome saveReply(ReplyDraft draft, long version) {
    List<Violation> found = catalogueRules().check(draft);
    if (!found.isEmpty()) {
      return Outcome.refused(found);
    }
    String title = draft.title().strip();
    String body = draft.body().strip();
    CannedReply reply;
    if (draft.id() == null) {
      reply = new CannedReply(draft.unitId(), draft.language(), title, body);
      em.persist(reply);
    } else {
      reply = em.find(CannedReply.class, draft.id());
      if (reply == null || reply.version() != version) {
        return Outcome.changedElsewhere();
      }
      reply.revise(draft.unitId(), draft.language(), title, body);
    }
    em.flush();
    return saved(Accessed.ObjectKind.CANNED_REPLY, String.valueOf(reply.id()), reply.id());
  }

  /** Removes a canned reply: nothing refers to one, replies already sent keep their text. */
  public Outcome removeReply(long id, long version) {
    CannedReply reply = em.find(CannedReply.class, id);
    if (reply == null || reply.version() != version) {
      return Outcome.changedElsewhere();
    }
    em.remove(reply);
    accessed.fire(
        Accessed.adminChange(Accessed.ObjectKind.CANNED_REPLY, String.valueOf(id), "removed"));
    return new Outcome(List.of(), id);
  }

  private Outcome saved(Accessed.ObjectKind kind, String object, long id) {
    accessed.fire(Accessed.adminChange(kind, object, "saved"));
    return new Outcome(List.of(), id);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
