package org.kesher.intake.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kesher.cases.boundary.StaffWorkspace;
import org.kesher.cases.entity.Channel;
import org.kesher.catalogue.entity.Language;
import org.kesher.intake.control.Receipt;

/**
 * A request a staff member enters for a resident who phoned or came in ({@code
 * staff/new.xhtml?type=...}): the same form, rules and routing as the public one, with the channel
 * recorded; the reference and tracking code are shown to the staff member to pass on.
 */
@Named("staffEntry")
@RequestScoped
public class StaffEntryForm extends RequestForm {

  @Inject StaffWorkspace staff;

  private Receipt receipt;

  @Override
  boolean mayOpen(PageTexts texts, ExternalContext external) {
    return true;
  }

  @Override
  Language language() {
    return Language.fromCode(staff.getLanguage()).orElse(Language.DEFAULT);
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
