package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.NewCase;
import org.kesher.catalogue.control.BusinessCalendars;

/**
 * What every path that opens a case shares (a resident's request, a staff member's phone entry, a
 * referral, a mail without a case token, the demo data): the reply token of its mails and its
 * service-target dates on the business calendar, both clocks running from the start. From then on
 * {@link ServiceTargets} follows the clocks along the case's timeline ({@link ServiceClock}).
 */
@ApplicationScoped
public class CaseOpening {

  @Inject BusinessCalendars calendars;

  /**
   * Opens the case: a fresh reply token, and its service-target dates from its request type on its
   * unit's calendar.
   */
  public CaseFile open(NewCase request) {
    var caseFile = new CaseFile(request, UUID.randomUUID().toString());
    var clocks = new ServiceClock(ServiceTargets.calendarOf(calendars, request.unit()));
    caseFile.setServiceDates(
        ServiceTargets.opened(clocks, caseFile.requestType(), request.openedAt()));
    return caseFile;
  }
}
