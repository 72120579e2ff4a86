package org.kesher.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kesher.cases.control.CaseErasure;
import org.kesher.cases.control.ResidentRecords;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseHold;
import org.kesher.cases.entity.Requester;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Language;

/**
 * The privacy officer's answer to one resident's request about their own data: find every case of
 * theirs by email address or phone number, export it for them, correct their details, or anonymise
 * the cases that ended. Each case reached is in the access log with what was done.
 */
@ApplicationScoped
public class ResidentData {

  @PersistenceContext EntityManager em;

  @Inject ResidentRecords records;

  @Inject CaseErasure erasure;

  @Inject Event<Accessed> accessed;

  Clock clock = Clock.systemUTC();

  /** Why the access log says a case was anonymised at the resident's request. */
  public static final String ON_REQUEST = "anonymised: resident's request";

  /** A case found, as the officer's list shows it: no content. */
  public record Found(String reference, String type, String status, Instant createdAt)
      implements java.io.Serializable {}

  /** What anonymising on request did: cases erased, and those left because open or held. */
  public record Erased(int anonymised, int stillOpen, int held) {}

  /** The resident's export: their cases in their language (that of their latest request). */
  public record Export(Language language, Instant madeAt, List<ResidentRecords.Request> requests) {}

  public List<Found> find(String email, String phone, long officerId, Language language) {
    List<CaseFile> cases = records.cases(email, phone);
    cases.forEach(c -> record(Accessed.Action.RESIDENT_DATA_SEARCHED, c, officerId, "found"));
    if (cases.isEmpty()) {
      accessed.fire(
          new Accessed(
              Accessed.Action.RESIDENT_DATA_SEARCHED,
              Accessed.ObjectKind.CASE,
              null,
              true,
              Accessed.Extent.NONE,
              officerId,
              null,
              "none found"));
    }
    return cases.stream()
        .map(
            c ->
                new Found(
                    c.reference().toString(),
                    c.requestType().name().in(language),
                    c.status().name(),
                    c.createdAt()))
        .toList();
  }

  /** Everything of the resident's, recorded as exported in {@code format} before it is sent. */
  public Export export(String email, String phone, long officerId, String format) {
    List<CaseFile> cases = records.cases(email, phone);
    Language language = cases.isEmpty() ? Language.DEFAULT : cases.get(cases.size() - 1).language();
    List<ResidentRecords.Request> requests = new ArrayList<>();
    for (CaseFile c : cases) {
      record(Accessed.Action.RESIDENT_DATA_EXPORTED, c, officerId, format);
      requests.add(records.request(c, language));
    }
    return new Export(language, clock.instant(), List.copyOf(requests));
  }

  /**
   * Corrects the resident's name, phone or email on every case of theirs not yet anonymised; a
   * blank value keeps what was there. Returns how many cases changed.
   */
  public int correct(String email, String phone, Requester corrected, long officerId) {
    int changed = 0;
    for (CaseFile c : records.cases(email, phone)) {
      if (c.anonymisedAt().isPresent()) {
        continue;
      }
      Requester was = c.requester();
      c.correctContact(
          new Requester(
              given(corrected.name(), was.name()),
              given(corrected.phone(), was.phone()),
              given(corrected.email(), was.email()),
              was.emailSafe()));
      record(Accessed.Action.RESIDENT_DATA_CORRECTED, c, officerId, "contact");
      changed++;
    }
    return changed;
  }

  /** Anonymises the resident's cases that ended and are not on a legal hold. */
  public Erased anonymise(String email, String phone, long officerId) {
    int done = 0;
    int open = 0;
    int held = 0;
    Instant now = clock.instant();
    for (CaseFile c : records.cases(email, phone)) {
      if (c.anonymisedAt().isPresent()) {
        continue;
      }
      if (c.status().isOpen()) {
        open++;
      } else if (em.find(CaseHold.class, c.id()) != null) {
        held++;
      } else {
        erasure.anonymise(c, now, officerId, ON_REQUEST);
        record(Accessed.Action.RESIDENT_DATA_ANONYMISED, c, officerId, "anonymised");
        done++;
      }
    }
    return new Erased(done, open, held);
  }

  private static String given(String typed, String was) {
    return typed == null || typed.isBlank() ? was : typed.strip();
  }

  private void record(Accessed.Action action, CaseFile c, long officerId, String detail) {
    accessed.fire(
        Accessed.ofCase(
            action,
            c.reference().toString(),
            action == Accessed.Action.RESIDENT_DATA_SEARCHED
                ? Accessed.Extent.SUMMARY
                : Accessed.Extent.WHOLE_CASE,
            officerId,
            null,
            detail));
  }
}
