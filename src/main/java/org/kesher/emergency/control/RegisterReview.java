package org.kesher.emergency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.kesher.cases.control.CaseNotice;
import org.kesher.cases.control.CaseOpening;
import org.kesher.cases.control.ReferenceNumbers;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.Channel;
import org.kesher.cases.entity.NewCase;
import org.kesher.cases.entity.Requester;
import org.kesher.cases.entity.TrackingCode;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.emergency.entity.Household;
import org.kesher.emergency.entity.Registration;
import org.kesher.ground.control.JsonOnce;
import org.kesher.ground.control.Language;

/**
 * The register's yearly confirmation: each entry whose confirmation is a year old gets a task in
 * its team's queue, a case of the household that shows what the register holds; the household hears
 * of it by mail where that is safe (its own tracking code to answer with). The team records the
 * confirmation on the register, and the entry's year starts again.
 */
@ApplicationScoped
public class RegisterReview {

  @PersistenceContext EntityManager em;

  @Inject CaseOpening opening;

  @Inject ReferenceNumbers references;

  @Inject Event<CaseNotice> notices;

  /** Opens a task for every entry due at {@code now}; returns how many. */
  public int review(Instant now) {
    return review(now, references::next);
  }

  int review(Instant now, Supplier<CaseReference> references) {
    List<Registration> due =
        em.createQuery(
                "SELECT r FROM Registration r WHERE r.confirmationCaseId IS NULL"
                    + " AND r.confirmedAt <= :yearAgo ORDER BY r.id",
                Registration.class)
            .setParameter("yearAgo", now.minus(Registration.YEAR))
            .getResultList();
    RequestType type =
        em.createNamedQuery(RequestType.BY_CODE, RequestType.class)
            .setParameter("code", "EMERGENCY_TEAM")
            .getSingleResult();
    for (Registration entry : due) {
      ask(entry, type, references.get(), now);
    }
    return due.size();
  }

  private void ask(Registration entry, RequestType type, CaseReference reference, Instant now) {
    CaseFile original = entry.caseId().map(id -> em.find(CaseFile.class, id)).orElse(null);
    Household household = entry.household();
    Requester requester =
        original == null || original.requester().name() == null
            ? new Requester(household.name(), household.phone(), null, false)
            : original.requester();
    Language language = original == null ? Language.DEFAULT : original.language();
    String code = TrackingCode.generate();
    CaseFile task =
        opening.open(
            new NewCase(
                reference,
                TrackingCode.hash(code),
                type,
                entry.unit(),
                entry.locality().orElse(null),
                Channel.TASK,
                language,
                requester,
                answers(household),
                now));
    em.persist(task);
    em.persist(CaseEvent.created(task));
    em.flush();
    entry.askedBy(task.id());
    notices.fire(CaseNotice.registerConfirmation(task, code));
  }

  /** The entry as the form's answers, for the task's page to show what is to be confirmed. */
  private static String answers(Household household) {
    JsonObjectBuilder answers =
        JsonOnce.PROVIDER
            .createObjectBuilder()
            .add("registration_kind", EmergencyRegister.REGISTER)
            .add("needs", JsonOnce.PROVIDER.createArrayBuilder(household.needs()));
    if (household.street() != null) {
      answers.add("street", household.street());
    }
    if (household.house() != null) {
      answers.add("house_number", household.house());
    }
    if (household.notes() != null) {
      answers.add("special_needs", household.notes());
    }
    if (household.size() != null) {
      answers.add("household_size", household.size());
    }
    return answers.build().toString();
  }
}
