package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kesher.cases.entity.Attachment;
import org.kesher.cases.entity.AttachmentSummary;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.EventVisibility;
import org.kesher.ground.control.Language;
import org.kesher.sealing.control.KeyRing;
import org.kesher.sealing.control.Normalised;
import org.kesher.sealing.control.SealingKeys;

/**
 * What Kesher holds about one resident, found by their email address or phone number through the
 * blind indexes: the privacy officer's answer to a request under the Privacy Protection Law
 * (sections 13 and 14: access and correction). The one listing of cases outside the visibility
 * rule, on purpose: it reaches every case of that person, whatever its level, and nothing of anyone
 * else; the privacy officer's page records every use in the access log. It gives what the resident
 * gave and was told (their details, answers, the public timeline, their files' names), not the
 * staff's internal notes.
 */
@ApplicationScoped
public class ResidentRecords {

  @PersistenceContext EntityManager em;

  public ResidentRecords() {}

  /** On an entity manager of one's own (tests outside the server). */
  public ResidentRecords(EntityManager em) {
    this.em = em;
  }

  /** One of the resident's requests as the export shows it, in {@code language}. */
  public record Request(
      String reference,
      String type,
      String unit,
      String status,
      Instant createdAt,
      String language,
      String name,
      String phone,
      String email,
      boolean emailSafe,
      boolean anonymised,
      List<CaseSheet.Answer> answers,
      List<Step> timeline,
      List<String> files) {}

  /** A step of the public timeline: its kind, the status it led to, and an answer's text. */
  public record Step(String kind, String status, Instant at, String text) {}

  /** The cases whose requester has this email address or phone number (either may be blank). */
  public List<CaseFile> cases(String email, String phone) {
    KeyRing ring = SealingKeys.ring();
    Optional<String> byEmail = Optional.ofNullable(ring.blindIndex(Normalised.email(email)));
    Optional<String> byPhone = Optional.ofNullable(ring.blindIndex(Normalised.phone(phone)));
    if (byEmail.isEmpty() && byPhone.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM CaseFile c WHERE c.requesterEmailIndex = :email"
                + " OR c.requesterPhoneIndex = :phone ORDER BY c.createdAt, c.id",
            CaseFile.class)
        .setParameter("email", byEmail.orElse("-"))
        .setParameter("phone", byPhone.orElse("-"))
        .getResultList();
  }

  /** One case as the resident's export shows it, in {@code language}. */
  public Request request(CaseFile c, Language language) {
    var requester = c.requester();
    List<Step> timeline =
        em
            .createNamedQuery(CaseEvent.TIMELINE, CaseEvent.class)
            .setParameter("caseFile", c)
            .getResultList()
            .stream()
            .filter(e -> e.visibility() == EventVisibility.PUBLIC)
            .map(
                e ->
                    new Step(
                        e.kind().name(),
                        e.toStatus().map(Enum::name).orElse(null),
                        e.occurredAt(),
                        e.body().orElse(null)))
            .toList();
    List<String> files =
        em
            .createNamedQuery(Attachment.SUMMARIES, AttachmentSummary.class)
            .setParameter("caseFile", c)
            .getResultList()
            .stream()
            .map(AttachmentSummary::displayName)
            .toList();
    return new Request(
        c.reference().toString(),
        c.requestType().name().in(language),
        c.unit().name().in(language),
        c.status().name(),
        c.createdAt(),
        c.language().code(),
        requester.name(),
        requester.phone(),
        requester.email(),
        requester.emailSafe(),
        c.anonymisedAt().isPresent(),
        CaseSheets.answers(c, language),
        timeline,
        files);
  }
}
