package org.kesher.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.kesher.access.control.StaffAccounts;
import org.kesher.access.entity.StaffAccount;
import org.kesher.ground.control.ClientAddress;

/**
 * Who is behind an access and where from, when the feature that fired it did not say: the staff
 * member logged in on the current request, and the request's client address. Kesher's own jobs have
 * neither.
 */
@ApplicationScoped
public class AccessCaller {

  /** A staff member as the log names them. */
  public record Staff(long id, String username) {}

  @Inject HttpServletRequest request;

  @Inject SecurityContext security;

  @Inject StaffAccounts accounts;

  /** The logged-in staff member of the current request, if any. */
  public Optional<Staff> staff() {
    try {
      // the request's own principal first: no JNDI look-up of the security mechanism on a
      // resident's request (intake), which has none
      if (request.getUserPrincipal() == null) {
        return Optional.empty();
      }
      var principal = security.getCallerPrincipal();
      if (principal == null) {
        return Optional.empty();
      }
      return accounts.byUsername(principal.getName()).map(a -> new Staff(a.id(), a.username()));
    } catch (RuntimeException noRequest) {
      return Optional.empty();
    }
  }

  /** The username of a staff account known by id. */
  public Optional<String> username(Long staffId) {
    return staffId == null ? Optional.empty() : accounts.byId(staffId).map(StaffAccount::username);
  }

  /** The current request's client address, or null outside a request. */
  public String client() {
    try {
      // behind a balancer, the client it named (the container's request object is not wrapped)
      return request.getAttribute(ClientAddress.ATTRIBUTE) instanceof String forwarded
          ? forwarded
          : request.getRemoteAddr();
    } catch (RuntimeException noRequest) {
      return null;
    }
  }
}
