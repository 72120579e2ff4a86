package org.kesher.notify.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.kesher.ground.control.Setting;

/**
 * The mail session the container made from {@code @MailSessionDefinition} ({@code
 * notify.boundary.OutboxDrain}), with what MicroProfile Config says of port, TLS mode and timeouts
 * laid over it: those cannot be derived inside an annotation.
 */
@ApplicationScoped
public class MailSessions {

  public static final String MAIL_SESSION = "java:app/mail/kesher";

  @Resource(lookup = MAIL_SESSION)
  Session container;

  @Inject Config config;

  private volatile Session session;

  /** Whether an SMTP server is configured at all; without one every mail stays in the outbox. */
  public boolean configured() {
    return !"none".equalsIgnoreCase(host());
  }

  private String host() {
    return config.getOptionalValue(Setting.SMTP_HOST.key(), String.class).orElse("none").strip();
  }

  private String user() {
    return config.getOptionalValue(Setting.SMTP_USER.key(), String.class).orElse("").strip();
  }

  Session session() {
    Session made = session;
    if (made == null) {
      Properties properties = new Properties();
      properties.putAll(container.getProperties());
      properties.put("mail.transport.protocol", "smtp");
      properties.put("mail.smtp.host", host());
      properties.put(
          "mail.smtp.port",
          String.valueOf(config.getValue(Setting.SMTP_PORT.key(), Integer.class)));
      properties.put("mail.smtp.connectiontimeout", "10000");
      properties.put("mail.smtp.timeout", "20000");
      properties.put("mail.smtp.writetimeout", "20000");
      properties.put("mail.smtp.auth", String.valueOf(!user().isEmpty()));
      switch (config.getValue(Setting.SMTP_TLS.key(), String.class)) {
        case "starttls" -> {
          properties.put("mail.smtp.starttls.enable", "true");
          properties.put("mail.smtp.starttls.required", "true");
        }
        case "tls" -> properties.put("mail.smtp.ssl.enable", "true");
        default -> properties.put("mail.smtp.starttls.enable", "false");
      }
      // the protocol trace writes every mail, content and address, into the server log: only
      // when KESHER_MAIL_DEBUG turns it on, on a developer's machine
      boolean debug = config.getValue(Setting.MAIL_DEBUG.key(), Boolean.class);
      properties.put("mail.debug", String.valueOf(debug));
      made = Session.getInstance(properties);
      made.setDebug(debug);
      session = made;
    }
    return made;
  }

  Transport connect(Session session) throws MessagingException {
    Transport transport = session.getTransport("smtp");
    if (user().isEmpty()) {
      transport.connect();
    } else {
      transport.connect(
          user(), config.getOptionalValue(Setting.SMTP_PASSWORD.key(), String.class).orElse(""));
    }
    return transport;
  }
}
