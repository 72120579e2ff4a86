package org.kesher.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.kesher.access.control.SecondFactorPolicy;
import org.kesher.access.control.SecondFactors;
import org.kesher.access.control.SessionAccounts;

/**
 * Whether the queue page offers the member a second factor: their roles ask for one (by default
 * administrators and unit heads) and they have not enrolled yet.
 */
@Named
@RequestScoped
public class SecondFactorOffer {

  @Inject SecondFactors factors;

  @Inject SessionAccounts sessions;

  /** The answer of this request: the page asks several times while it renders. */
  private Boolean offered;

  public boolean isOffered() {
    if (offered == null) {
      offered = offeredNow();
    }
    return offered;
  }

  private boolean offeredNow() {
    var request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String user = request.getRemoteUser();
    if (user == null
        || factors.policy().levelFor(StaffAuthentication.groups(request))
            == SecondFactorPolicy.Level.OPTIONAL) {
      return false;
    }
    return !sessions.state(user).map(SessionAccounts.SessionState::secondFactor).orElse(true);
  }
}
