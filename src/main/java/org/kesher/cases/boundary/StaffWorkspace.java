package org.kesher.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.kesher.access.control.StaffAccounts;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.control.CaseQueries;
import org.kesher.cases.control.Viewer;
import org.kesher.cases.entity.CaseFile;
import org.kesher.catalogue.entity.Language;

/**
 * The logged-in staff member's view of the cases: what the visibility rule lets them see, in their
 * language. The first slice of the caseworker workspace.
 */
@Named
@RequestScoped
public class StaffWorkspace {

  /** One line of a queue: what a list shows of a case. */
  public record QueueLine(
      String reference, String type, String unit, String status, String confidentiality) {}

  @Inject SecurityContext security;

  @Inject StaffAccounts accounts;

  @Inject CaseQueries cases;

  private StaffAccount staff;

  private StaffAccount staff() {
    if (staff == null) {
      staff =
          accounts
              .byUsername(security.getCallerPrincipal().getName())
              .orElseThrow(() -> new IllegalStateException("the logged-in account is gone"));
    }
    return staff;
  }

  public String getDisplayName() {
    return staff().displayName();
  }

  public Locale getLocale() {
    return staff().language().locale();
  }

  public String getDirection() {
    return staff().language().direction();
  }

  public String getLanguage() {
    return staff().language().code();
  }

  public long getVisibleCount() {
    return cases.countVisible(Viewer.of(staff()));
  }

  /** The newest cases the staff member may see. */
  public List<QueueLine> getNewest() {
    Language language = staff().language();
    return cases.visible(Viewer.of(staff()), 0, 50).stream().map(c -> line(c, language)).toList();
  }

  private static QueueLine line(CaseFile c, Language language) {
    return new QueueLine(
        c.reference().toString(),
        c.requestType().name().in(language),
        c.unit().name().in(language),
        c.status().name(),
        c.confidentiality().name());
  }
}
