package org.kesher.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kesher.audit.control.ResidentData;
import org.kesher.cases.entity.Requester;
import org.kesher.ground.control.Language;

/**
 * The privacy officer's steps on one resident's data, a transaction each: what a step reached is
 * recorded in the access log and committed before anything of it is shown or sent.
 */
@ApplicationScoped
@Transactional
public class ResidentDataSteps {

  @Inject ResidentData data;

  @RolesAllowed("PRIVACY_OFFICER")
  public List<ResidentData.Found> find(String email, String phone, long officer, Language l) {
    return data.find(email, phone, officer, l);
  }

  @RolesAllowed("PRIVACY_OFFICER")
  public ResidentData.Export export(String email, String phone, long officer, String format) {
    return data.export(email, phone, officer, format);
  }

  @RolesAllowed("PRIVACY_OFFICER")
  public int correct(String email, String phone, Requester corrected, long officer) {
    return data.correct(email, phone, corrected, officer);
  }

  @RolesAllowed("PRIVACY_OFFICER")
  public ResidentData.Erased anonymise(String email, String phone, long officer) {
    return data.anonymise(email, phone, officer);
  }
}
