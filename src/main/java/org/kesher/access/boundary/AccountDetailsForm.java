package org.kesher.access.boundary;

import java.io.Serializable;

/**
 * What the two staff account forms share: the member's name, email and language as typed (enrolling
 * a new member, and editing one).
 */
public abstract class AccountDetailsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  protected String displayName;
  protected String email;
  protected String language;

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
