package org.kesher.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.Config;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.control.CaseNotice;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseParty;
import org.kesher.cases.entity.ReplyAddress;
import org.kesher.cases.entity.ResidentReply;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.ground.control.Language;
import org.kesher.ground.control.Setting;

/**
 * Turns what happened to a case into mails in the outbox, in the transaction of the change (a
 * synchronous observer): the resident in the language they chose, a staff member in theirs. A
 * resident who said email is not safe gets nothing; a sealed case gets neutral mails that name the
 * reference only.
 */
@ApplicationScoped
public class Notifications {

  @PersistenceContext EntityManager em;

  @Inject Config config;

  @Inject OutboxLetters letters;

  void on(@Observes CaseNotice notice) {
    switch (notice.kind()) {
      case RECEIVED, REFERRED, STATUS_CHANGED, RESOLVED, REGISTER_CONFIRMATION ->
          toResident(notice);
      case PUBLIC_REPLY -> {
        if (notice.party() == null) {
          toResident(notice);
        } else {
          toParty(notice);
        }
      }
      case PARTY_INVITED -> toParty(notice);
      case SESSION_SCHEDULED, SESSION_RESCHEDULED, SESSION_CANCELLED -> {
        if (notice.party() == null) {
          toResident(notice);
        } else {
          toParty(notice);
        }
      }
      case ASSIGNED_TO_YOU, REFERRED_TO_YOUR_UNIT, BREAK_GLASS, TARGET_WARNING, TARGET_BREACHED ->
          toStaff(notice);
      case RESIDENT_REPLIED -> {
        // told in the staff pages only (StaffNotices), not by mail
      }
      default -> throw new IllegalStateException("no mail for " + notice.kind());
    }
  }

  /**
   * A mail to the resident. A case opened by a referral is the resident's request under the
   * reference they know: its mails go out on that first case (its contact, language, reference,
   * tracking link and reply address), with the present case's unit, status and reply.
   */
  private void toResident(CaseNotice notice) {
    CaseFile now = notice.caseFile();
    CaseFile c = known(now);
    var requester = c.requester();
    if (requester.email() == null || requester.email().isBlank() || !requester.emailSafe()) {
      return;
    }
    Language language = c.language();
    boolean sealed =
        c.confidentiality() == Confidentiality.SEALED
            || now.current().confidentiality() == Confidentiality.SEALED;
    String trackingUrl =
        letters.publicUrl() + "/track.xhtml?lang=" + language.code() + "&ref=" + c.reference();
    Map<String, Object> values = new HashMap<>();
    values.put("reference", c.reference().toString());
    values.put("trackingUrl", trackingUrl);
    if (!sealed) {
      values.put("type", now.requestType().name().in(language));
      values.put("unit", now.current().unit().name().in(language));
      values.put("status", residentStatus(now.current(), language));
      values.put("reopenDays", ResidentReply.REOPEN_WINDOW.toDays());
      if (notice.trackingCode() != null) {
        values.put("trackingCode", notice.trackingCode());
      }
      if (notice.text() != null) {
        values.put("reply", notice.text());
        values.put("session", notice.text());
      }
    }
    String kind = sealed ? "NEUTRAL" : notice.kind().name();
    letters
        .write(
            notice.kind().name(),
            kind,
            c.id(),
            language,
            requester.email(),
            values,
            trackingUrl,
            "link.resident")
        .ifPresent(mail -> replyAddress(c).ifPresent(mail::replyTo));
  }

  /**
   * A mail to a party of the case, in their language, with what is addressed to them only. It has
   * no reply address: an answer by mail would land on the case as its requester's.
   */
  private void toParty(CaseNotice notice) {
    CaseParty party = notice.party();
    Optional<String> address = party.mailTo();
    CaseFile c = party.caseFile();
    if (address.isEmpty() || c.confidentiality() == Confidentiality.SEALED) {
      return;
    }
    Language language = party.language();
    String trackingUrl =
        letters.publicUrl() + "/track.xhtml?lang=" + language.code() + "&ref=" + c.reference();
    Map<String, Object> values = new HashMap<>();
    values.put("reference", c.reference().toString());
    values.put("trackingUrl", trackingUrl);
    values.put("unit", c.unit().name().in(language));
    values.put("name", party.name());
    boolean invited = notice.kind() == CaseNotice.Kind.PARTY_INVITED;
    if (invited) {
      values.put("trackingCode", notice.trackingCode());
      values.put("invitation", notice.text() == null ? "" : notice.text());
    } else {
      values.put("reply", notice.text());
      values.put("session", notice.text());
    }
    String kind =
        invited
            ? "PARTY_INVITED"
            : notice.kind() == CaseNotice.Kind.PUBLIC_REPLY ? "PARTY_REPLY" : notice.kind().name();
    letters.write(
        kind, kind, c.id(), language, address.get(), values, trackingUrl, "link.resident");
  }

  /** The case whose reference the resident knows: the first of the referrals that led to c. */
  private CaseFile known(CaseFile c) {
    if (c.channel() != org.kesher.cases.entity.Channel.REFERRAL) {
      return c;
    }
    CaseFile at = c;
    for (int step = 0; step < 20; step++) {
      var from =
          em.createNamedQuery(CaseFile.REFERRED_FROM, CaseFile.class)
              .setParameter("caseFile", at)
              .getResultStream()
              .findFirst();
      if (from.isEmpty()) {
        return at;
      }
      at = from.get();
    }
    return at;
  }

  private void toStaff(CaseNotice notice) {
    StaffAccount staff = notice.staff();
    Optional<String> address = staff.email();
    if (address.isEmpty() || !staff.isEnabled()) {
      return;
    }
    CaseFile c = notice.caseFile();
    Language language = staff.language();
    // a break-glass mail is neutral at every level: it says only that there is news on the case
    boolean sealed =
        c.confidentiality() == Confidentiality.SEALED
            || notice.kind() == CaseNotice.Kind.BREAK_GLASS;
    String caseUrl = letters.publicUrl() + "/staff/case.xhtml?ref=" + c.reference();
    Map<String, Object> values = new HashMap<>();
    values.put("reference", c.reference().toString());
    values.put("name", staff.displayName());
    values.put("caseUrl", caseUrl);
    if (!sealed) {
      values.put("type", c.requestType().name().in(language));
      values.put("unit", c.unit().name().in(language));
      if (notice.text() != null && notice.kind().name().startsWith("TARGET_")) {
        values.put("target", MailTemplates.target(notice.text(), language));
      }
    }
    String kind = sealed ? "STAFF_NEUTRAL" : notice.kind().name();
    letters.write(
        notice.kind().name(), kind, c.id(), language, address.get(), values, caseUrl, "link.staff");
  }

  /** "replies+token@city.example" when a reply address is configured. */
  private Optional<String> replyAddress(CaseFile c) {
    return config
        .getOptionalValue(Setting.MAIL_REPLY_ADDRESS.key(), String.class)
        .filter(a -> !"none".equals(a))
        .flatMap(a -> ReplyAddress.withToken(a, c.replyToken()));
  }

  private static String residentStatus(CaseFile c, Language language) {
    return ResourceBundle.getBundle("i18n.texts", language.locale())
        .getString("status." + c.status().name());
  }
}
