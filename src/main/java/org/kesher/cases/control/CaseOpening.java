package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.NewCase;

/**
 * What every path that opens a case shares (a resident's request, a staff member's phone entry, a
 * referral, a mail without a case token, the demo data): the reply token of its mails and its
 * service-target dates on the business calendar, both clocks running from the start. From then on
 * {@link ServiceTargets} follows the clocks along the case's timeline ({@link ServiceClock}).
 */
@ApplicationScoped
public class CaseOpening {

  private final ServiceClock clocks = new ServiceClock(BusinessCalendar.standard());

  /** Opens the case: a fresh reply token, and its service-target dates from its request type. */
  public CaseFile open(NewCase request) {
    var caseFile = new CaseFile(request, UUID.randomUUID().toString());
    caseFile.setServiceDates(
        ServiceTargets.opened(clocks, caseFile.requestType(), request.openedAt()));
    return caseFile;
  }
}
