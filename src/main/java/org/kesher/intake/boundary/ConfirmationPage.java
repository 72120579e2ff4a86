package org.kesher.intake.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.kesher.ground.boundary.VisitorLanguage;
import org.kesher.intake.control.Receipt;

/** The page after a new request: its reference and tracking code, shown this once. */
@PermitAll
@Named
@RequestScoped
public class ConfirmationPage {

  @Inject ConfirmationTickets tickets;

  @Inject VisitorLanguage visitor;

  @Inject HttpServletRequest request;

  private Receipt receipt;

  /** The page's view action: takes the receipt its cookie names, and forgets the cookie. */
  public void load() {
    Cookie[] cookies = request.getCookies();
    Optional<String> ticket =
        cookies == null
            ? Optional.empty()
            : Arrays.stream(cookies)
                .filter(c -> RequestForm.RECEIPT_COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
    receipt = ticket.flatMap(tickets::take).orElse(null);
    if (ticket.isPresent()) {
      var gone = new Cookie(RequestForm.RECEIPT_COOKIE, "");
      gone.setPath(request.getContextPath() + "/confirmation.xhtml");
      gone.setMaxAge(0);
      ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
          .addCookie(gone);
    }
  }

  public boolean isShown() {
    return receipt != null;
  }

  public String getReference() {
    return receipt == null ? "" : receipt.reference().toString();
  }

  public String getTrackingCode() {
    return receipt == null ? "" : receipt.trackingCode();
  }

  public String getExpectedBy() {
    return receipt == null ? "" : new PageTexts(visitor.get()).date(receipt.expectedResponseBy());
  }
}
