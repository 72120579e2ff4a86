package org.kesher.cases.entity;

/**
 * Who asked, as they told us: every part may be missing for an anonymous request. {@code emailSafe}
 * is the resident's word that mail to them is safe; when false Kesher sends nothing.
 */
public record Requester(String name, String phone, String email, boolean emailSafe) {

  public static Requester anonymous() {
    return new Requester(null, null, null, false);
  }

  public boolean isAnonymous() {
    return name == null && phone == null && email == null;
  }
}
