package org.kesher.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kesher.catalogue.control.CatalogueEdition;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.Language;
import org.kesher.notify.entity.MailTemplateText;

/**
 * Administrators change the text of a kind of mail in a language, see it rendered with example
 * values first, or go back to the shipped text. A template that does not compile, or is too long
 * for its column, is refused with the reason and nothing is saved.
 */
@ApplicationScoped
public class MailTemplateEditing {

  public static final int SUBJECT_MAX = 300;
  public static final int BODY_MAX = Israel.LONG_TEXT;

  @PersistenceContext EntityManager em;

  @Inject CatalogueEdition edition;

  @Inject jakarta.enterprise.event.Event<Accessed> accessed;

  Clock clock = Clock.systemUTC();

  /** What is wrong with a template, as message keys with their details; empty when nothing. */
  public static List<String> problems(String subject, String body) {
    List<String> problems = new ArrayList<>();
    if (subject == null || subject.isBlank()) {
      problems.add("mail.subjectMissing");
    } else if (subject.length() > SUBJECT_MAX) {
      problems.add("mail.subjectTooLong");
    } else if (MailTemplates.problemWith(subject) != null) {
      problems.add("mail.subjectBroken");
    }
    if (body == null || body.isBlank()) {
      problems.add("mail.bodyMissing");
    } else if (body.length() > BODY_MAX) {
      problems.add("mail.bodyTooLong");
    } else if (MailTemplates.problemWith(body) != null) {
      problems.add("mail.bodyBroken");
    }
    return problems;
  }

  /** The mail as it would look with example values. */
  public static MailTemplates.Rendered preview(
      String kind, Language language, String subject, String body) {
    boolean staff =
        kind.equals("ASSIGNED_TO_YOU") || kind.startsWith("REFERRED") || kind.startsWith("STAFF");
    Map<String, Object> values = new HashMap<>();
    values.put("reference", "KS-2026-000123");
    values.put("type", MailTemplates.example("type", language));
    values.put("unit", MailTemplates.example("unit", language));
    values.put("status", MailTemplates.example("status", language));
    values.put("target", MailTemplates.example("target", language));
    values.put("trackingCode", "ABCD-EFGH-JKLM-NPQR");
    values.put("trackingUrl", "https://kesher.example/track.xhtml?ref=KS-2026-000123");
    values.put("reply", MailTemplates.example("reply", language));
    values.put("reopenDays", org.kesher.cases.entity.ResidentReply.REOPEN_WINDOW.toDays());
    values.put("name", MailTemplates.example("name", language));
    values.put("invitation", MailTemplates.example("invitation", language));
    values.put("session", MailTemplates.example("session", language));
    values.put("caseUrl", "https://kesher.example/staff/case.xhtml?ref=KS-2026-000123");
    return MailTemplates.render(
        new MailTemplates.Text(subject, body),
        language,
        values,
        staff ? values.get("caseUrl").toString() : values.get("trackingUrl").toString(),
        staff);
  }

  /** No administrator's text: the shipped one is in use. */
  public static final long SHIPPED = -1;

  /**
   * The version of the template as an administrator last saved it, or {@link #SHIPPED}; a page
   * keeps it from when it showed the text and hands it back to {@link #save}.
   */
  public long version(String kind, Language language) {
    MailTemplateText text =
        em.find(MailTemplateText.class, new MailTemplateText.Key(kind, language.code()));
    return text == null ? SHIPPED : text.version();
  }

  /**
   * Saves the template unless it is broken, or changed (or reset) by someone else since the page
   * showed the version {@code shown}.
   *
   * @return the problems; the template is saved only when there are none
   */
  @Transactional
  public List<String> save(
      String kind, Language language, String subject, String body, long shown) {
    List<String> problems = problems(subject, body);
    if (!MailTemplates.kinds().contains(kind)) {
      problems.add("mail.noSuchKind");
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    MailTemplateText text =
        em.find(MailTemplateText.class, new MailTemplateText.Key(kind, language.code()));
    if ((text == null ? SHIPPED : text.version()) != shown) {
      problems.add("mail.changedElsewhere");
      return problems;
    }
    edition.changed();
    if (text == null) {
      text = new MailTemplateText(kind, language.code());
      text.change(subject, body, clock.instant());
      em.persist(text);
    } else {
      text.change(subject, body, clock.instant());
    }
    accessed.fire(
        Accessed.adminChange(
            Accessed.ObjectKind.MAIL_TEMPLATE, kind + "/" + language.code(), "saved"));
    return problems;
  }

  /** Back to the shipped text. */
  @Transactional
  public void reset(String kind, Language language) {
    MailTemplateText text =
        em.find(MailTemplateText.class, new MailTemplateText.Key(kind, language.code()));
    if (text != null) {
      edition.changed();
      em.remove(text);
      accessed.fire(
          Accessed.adminChange(
              Accessed.ObjectKind.MAIL_TEMPLATE, kind + "/" + language.code(), "reset"));
    }
  }

  /** Whether an administrator changed this template. */
  public boolean changed(String kind, Language language) {
    return em.find(MailTemplateText.class, new MailTemplateText.Key(kind, language.code())) != null;
  }
}
