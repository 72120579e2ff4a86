package org.kesher.emergency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kesher.cases.control.CaseNotice;

/**
 * A request that registers special needs joins its settlement's register as it arrives, in its
 * intake's transaction (any other request costs a comparison of its type's code, no query).
 */
@ApplicationScoped
public class RegisterLinks {

  @Inject EmergencyRegister register;

  void on(@Observes CaseNotice notice) {
    if (notice.kind() == CaseNotice.Kind.RECEIVED
        && "EMERGENCY_TEAM".equals(notice.caseFile().requestType().code())) {
      register.register(notice.caseFile());
    }
  }
}
