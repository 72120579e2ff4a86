package org.kesher.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.kesher.access.control.StaffAccounts;
import org.kesher.access.entity.StaffRole;
import org.kesher.audit.control.DaySealed;

/**
 * The access log's daily head leaves the database: a mail to every privacy officer with an address,
 * written in the transaction that keeps the head, so that a head later changed in the database no
 * longer matches what the officers were sent.
 */
@ApplicationScoped
public class AccessLogHeadMail {

  static final String KIND = "ACCESS_LOG_SEALED";

  @Inject StaffAccounts accounts;

  @Inject OutboxLetters letters;

  void on(@Observes DaySealed sealed) {
    String link = letters.publicUrl() + "/staff/privacy/access-log.xhtml";
    for (var officer : accounts.withRole(StaffRole.PRIVACY_OFFICER)) {
      officer
          .email()
          .ifPresent(
              address ->
                  letters.write(
                      KIND,
                      KIND,
                      null,
                      officer.language(),
                      address,
                      Map.of(
                          "name", officer.displayName(),
                          "day", sealed.day().toString(),
                          "entries", sealed.entries(),
                          "head", sealed.head()),
                      link,
                      "link.ACCESS_LOG_SEALED"));
    }
  }
}
