package org.kesher.access.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.kesher.access.control.AccountRefused;
import org.kesher.access.control.OwnPassword;
import org.kesher.access.control.SessionAccounts;
import org.kesher.access.control.StaffAccounts;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Language;

/**
 * A staff member changes their own password: the current one, the new one twice. This session goes
 * on (with a new id); every other session of the account ends. After a password that was set by
 * someone else, the member goes on to their queue.
 */
@Named
@RequestScoped
public class PasswordPage {

  @Inject OwnPassword own;

  @Inject StaffAccounts accounts;

  @Inject SessionAccounts sessions;

  private String current;
  private String fresh;
  private String again;

  private String me() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }

  /** Whether the member must choose a password before anything else opens. */
  public boolean isMustChoose() {
    return sessions.state(me()).map(SessionAccounts.SessionState::mustChangePassword).orElse(false);
  }

  @RolesAllowed("STAFF")
  public void change() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    Language language = accounts.byUsername(me()).map(a -> a.language()).orElse(Language.DEFAULT);
    boolean forced = isMustChoose();
    try {
      int epoch = own.change(me(), current, fresh, again);
      request.getSession().setAttribute(StaffSessionGuard.EPOCH, epoch);
      request.changeSessionId();
      if (forced) {
        external.redirect(request.getContextPath() + "/staff/index.xhtml");
        faces.responseComplete();
        return;
      }
      StaffMessages.say(language.locale(), FacesMessage.SEVERITY_INFO, "password.changed");
    } catch (AccountRefused refused) {
      StaffMessages.say(language.locale(), FacesMessage.SEVERITY_ERROR, refused.key());
    } finally {
      current = null;
      fresh = null;
      again = null;
    }
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getFresh() {
    return fresh;
  }

  public void setFresh(String fresh) {
    this.fresh = fresh;
  }

  public String getAgain() {
    return again;
  }

  public void setAgain(String again) {
    this.again = again;
  }
}
