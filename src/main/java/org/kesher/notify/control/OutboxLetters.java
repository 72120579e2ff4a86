package org.kesher.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.kesher.ground.control.Language;
import org.kesher.ground.control.Setting;
import org.kesher.notify.entity.OutboxMail;
import org.kesher.notify.entity.UndeliverableAddress;
import org.kesher.sealing.control.Normalised;
import org.kesher.sealing.control.SealingKeys;

/**
 * Writes one mail into the outbox, in the caller's transaction: its template rendered in the
 * reader's language, unless the address is known to bounce.
 */
@ApplicationScoped
public class OutboxLetters {

  @PersistenceContext EntityManager em;

  @Inject Config config;

  @Inject MailTemplateStore templates;

  Clock clock = Clock.systemUTC();

  /**
   * @param caseId the case the mail is about, or null for a mail about none (the access log's head)
   * @param linkLabel the key of the link's label in the templates ({@code link.staff})
   * @return the mail written, or empty when the address is undeliverable
   */
  public Optional<OutboxMail> write(
      String event,
      String template,
      Long caseId,
      Language language,
      String address,
      Map<String, Object> values,
      String link,
      String linkLabel) {
    String index = SealingKeys.ring().blindIndex(Normalised.email(address));
    if (em.find(UndeliverableAddress.class, index) != null) {
      return Optional.empty();
    }
    var rendered =
        MailTemplates.render(templates.text(template, language), language, values, link, linkLabel);
    OutboxMail mail =
        new OutboxMail(
            "<" + UUID.randomUUID() + "@" + mailDomain() + ">",
            event,
            caseId,
            language.code(),
            address,
            index,
            rendered.subject(),
            rendered.text(),
            rendered.html(),
            clock.instant());
    em.persist(mail);
    return Optional.of(mail);
  }

  /** Kesher's address without a trailing slash, for links in mails. */
  public String publicUrl() {
    String url = config.getValue(Setting.PUBLIC_URL.key(), String.class);
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private String mailDomain() {
    String host = URI.create(publicUrl()).getHost();
    return host == null ? "kesher.invalid" : host;
  }
}
