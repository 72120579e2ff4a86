package org.kesher.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Set;
import org.kesher.access.control.StaffLogin;
import org.kesher.access.entity.MemberRole;
import org.kesher.access.entity.StaffAccount;

/** Staff credentials against the staff accounts in the database, with their lockout. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  @Inject StaffLogin login;

  @Inject LoginOutcomes outcomes;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential given)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    // the slow hashing first, holding no connection; then the short transaction that decides
    return outcomes
        .settle(login.check(given.getCaller(), given.getPasswordAsString()))
        .map(account -> new CredentialValidationResult(account.username(), groups(account)))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  private static Set<String> groups(StaffAccount account) {
    Set<String> groups = new HashSet<>();
    groups.add(StaffSecurity.STAFF);
    account.roles().forEach(role -> groups.add(role.name()));
    if (account.memberships().stream().anyMatch(m -> m.role() == MemberRole.HEAD)) {
      groups.add(StaffSecurity.UNIT_HEAD);
    }
    return groups;
  }
}
