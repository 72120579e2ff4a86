package org.kesher.intake.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.entity.Channel;
import org.kesher.ground.control.Language;
import org.kesher.intake.control.Receipt;

/**
 * A request a staff member enters for a resident who phoned or came in ({@code
 * staff/new.xhtml?type=...}): the same form, rules and routing as the public one, with the channel
 * recorded; the reference and tracking code are shown to the staff member to pass on.
 */
@Named("staffEntry")
@RequestScoped
public class StaffEntryForm extends RequestForm {

  @Inject CurrentStaff staff;

  private Receipt receipt;

  /** Staff need no honeypot or allowance, but the form must come from Kesher's own pages. */
  @Override
  boolean mayOpen(PageTexts texts, ExternalContext external) {
    // the page that posted must be Kesher's own; the pages send no referrer, so browsers send
    // Origin "null", but they say where a request comes from in Sec-Fetch-Site
    String site = request.getHeader("Sec-Fetch-Site");
    boolean foreign = site != null && !site.equals("same-origin") && !site.equals("none");
    if (foreign) {
      getErrors().add(FormErrors.FORM, "", texts.text("form.rejected"));
      external.setResponseStatus(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
      return false;
    }
    return true;
  }

  /**
   * Where the form posts: this page, a protected view (faces-config.xml), so the address carries
   * the session's token as Kesher's links to it do; a post from another site lacks it.
   */
  public String getAction() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String token =
        faces
            .getRenderKit()
            .getResponseStateManager()
            .getCryptographicallyStrongTokenFromSession(faces);
    return faces.getExternalContext().getRequestContextPath()
        + "/staff/new.xhtml?"
        + ResponseStateManager.NON_POSTBACK_VIEW_TOKEN_PARAM
        + "="
        + token; // kept URL-encoded, as Faces puts it in a link
  }

  @Override
  Language language() {
    return staff.language();
  }

  @Override
  Channel channel() {
    return "WALK_IN".equals(request.getParameter("channel")) ? Channel.WALK_IN : Channel.PHONE;
  }

  @Override
  void accepted(Receipt receipt, FacesContext faces, ExternalContext external) {
    this.receipt = receipt;
  }

  public boolean isAccepted() {
    return receipt != null;
  }

  public String getReference() {
    return receipt == null ? "" : receipt.reference().toString();
  }

  public String getTrackingCode() {
    return receipt == null ? "" : receipt.trackingCode();
  }

  public boolean isWalkIn() {
    return channel() == Channel.WALK_IN;
  }
}
