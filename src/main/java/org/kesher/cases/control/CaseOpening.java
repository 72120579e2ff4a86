package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.NewCase;
import org.kesher.catalogue.entity.RequestType;

/**
 * What every path that opens a case shares (a resident's request, a staff member's phone entry, a
 * referral, a mail without a case token, the demo data): the reply token of its mails and its
 * service targets on the business calendar. The service-target rules change here and nowhere else.
 */
@ApplicationScoped
public class CaseOpening {

  private final BusinessCalendar calendar = BusinessCalendar.standard();

  /** Opens the case: a fresh reply token, and its service targets from its request type. */
  public CaseFile open(NewCase request) {
    var caseFile = new CaseFile(request, UUID.randomUUID().toString());
    setTargets(caseFile, request.openedAt());
    return caseFile;
  }

  /**
   * Sets the case's first-response and resolution due dates from its request type's targets,
   * counted in business time from when it was opened.
   */
  private void setTargets(CaseFile caseFile, Instant openedAt) {
    RequestType type = caseFile.requestType();
    caseFile.setDueDates(
        calendar.plusBusinessHours(openedAt, type.firstResponseTarget()),
        calendar.plusBusinessDays(openedAt, type.resolutionDays()));
  }
}
