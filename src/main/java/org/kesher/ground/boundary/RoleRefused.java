package org.kesher.ground.boundary;

/**
 * A page action called by someone without any of the roles its {@code @RolesAllowed} names: nothing
 * was done, and the error page answers 403.
 */
public class RoleRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RoleRefused(String action) {
    super("refused: " + action + " needs a role the caller does not have");
  }
}
