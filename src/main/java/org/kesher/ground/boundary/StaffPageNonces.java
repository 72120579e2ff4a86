package org.kesher.ground.boundary;

import jakarta.faces.FactoryFinder;
import jakarta.faces.application.Application;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.lifecycle.LifecycleFactory;
import org.primefaces.csp.CspPhaseListener;

/**
 * PrimeFaces' CSP mode on staff pages only. Its phase listener gives every page a script nonce kept
 * in the view's map, and the first entry in a view map opens an HTTP session: every public page a
 * resident or a bot opened (the request form, the tracking page, the error page) created a session
 * and sent a session cookie, for a nonce of scripts those pages do not have (they work without
 * JavaScript, under their own policy from {@link SecurityHeaders}). Installed once the application
 * is built: PrimeFaces' listener is replaced by one that lets it act on views under /staff/.
 */
public class StaffPageNonces implements SystemEventListener {

  static final String STAFF_VIEWS = "/staff/";

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof Application;
  }

  @Override
  public void processEvent(SystemEvent event) {
    var factory = (LifecycleFactory) FactoryFinder.getFactory(FactoryFinder.LIFECYCLE_FACTORY);
    Lifecycle lifecycle = factory.getLifecycle(LifecycleFactory.DEFAULT_LIFECYCLE);
    for (PhaseListener listener : lifecycle.getPhaseListeners()) {
      if (listener instanceof CspPhaseListener csp) {
        lifecycle.removePhaseListener(csp);
        lifecycle.addPhaseListener(new OnStaffViews(csp));
      }
    }
  }

  /** PrimeFaces' CSP listener, acting only where the view is a staff page. */
  static final class OnStaffViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    private final CspPhaseListener csp;

    OnStaffViews(CspPhaseListener csp) {
      this.csp = csp;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
      if (onStaffView(event)) {
        csp.beforePhase(event);
      }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
      if (onStaffView(event)) {
        csp.afterPhase(event);
      }
    }

    private static boolean onStaffView(PhaseEvent event) {
      var root = event.getFacesContext().getViewRoot();
      return root != null && root.getViewId() != null && root.getViewId().startsWith(STAFF_VIEWS);
    }

    @Override
    public PhaseId getPhaseId() {
      return csp.getPhaseId();
    }
  }
}
