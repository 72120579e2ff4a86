package org.kesher.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.kesher.access.control.StaffLogin;
import org.kesher.access.entity.StaffAccount;

/**
 * The transaction of a login's second step: the outcome of a password checked outside any
 * transaction ({@link StaffLogin#check}) is settled on its account, under the row's lock, with its
 * line in the access log.
 */
@ApplicationScoped
public class LoginOutcomes {

  @Inject StaffLogin login;

  @Transactional
  public Optional<StaffAccount> settle(StaffLogin.Checked checked) {
    return login.settle(checked);
  }
}
