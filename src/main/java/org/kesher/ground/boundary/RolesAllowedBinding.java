package org.kesher.ground.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.util.Nonbinding;

/**
 * Makes {@link RolesAllowed} on a page bean's method a check the container carries out (by {@link
 * RolesCheck}), as it is on an enterprise bean: Jakarta EE enforces it there and in JAX-RS with a
 * feature, but not on CDI beans. The roles are not part of the binding: one check serves every list
 * of roles.
 */
public class RolesAllowedBinding implements Extension {

  void bindRolesAllowed(@Observes BeforeBeanDiscovery discovery) {
    discovery
        .configureInterceptorBinding(RolesAllowed.class)
        .methods()
        .forEach(member -> member.add(Nonbinding.Literal.INSTANCE));
  }
}
