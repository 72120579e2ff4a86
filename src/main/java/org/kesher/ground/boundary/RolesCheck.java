package org.kesher.ground.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The check behind {@code @RolesAllowed} on a page bean's method (bound by {@link
 * RolesAllowedBinding}): the caller must have one of the roles it names, or the action is refused
 * before it starts ({@link RoleRefused}). It stands beside the URL rules of {@code web.xml}: those
 * decide who may open a page, this who may carry out each of its actions. Serializable, as the
 * view-scoped pages it guards are.
 */
@RolesAllowed({})
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class RolesCheck implements Serializable {

  private static final long serialVersionUID = 1L;

  @AroundInvoke
  public Object check(InvocationContext call) throws Exception {
    RolesAllowed allowed = call.getMethod().getAnnotation(RolesAllowed.class);
    if (allowed != null) {
      SecurityContext security = CDI.current().select(SecurityContext.class).get();
      if (Arrays.stream(allowed.value()).noneMatch(security::isCallerInRole)) {
        throw new RoleRefused(
            call.getMethod().getDeclaringClass().getSimpleName()
                + "."
                + call.getMethod().getName());
      }
    }
    return call.proceed();
  }
}
