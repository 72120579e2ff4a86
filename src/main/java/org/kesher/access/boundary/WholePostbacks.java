package org.kesher.access.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A postback is carried out only when it is whole: Kesher has no stateless views, so a view state
 * of "stateless" is refused (400) before anything is restored; and a view that PrimeFaces gave a
 * nonce must be posted back with that very nonce, or it is refused (403) before any value is
 * applied or any action runs. (PrimeFaces checks the nonce itself only while drawing the answer,
 * after the action.) A forged view state cannot be restored: the error page answers it with 400.
 */
public class WholePostbacks implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /** The form field PrimeFaces' script adds to every form, and the view map key of its value. */
  static final String NONCE = "primefaces.nonce";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    String state =
        faces
            .getExternalContext()
            .getRequestParameterMap()
            .get(ResponseStateManager.VIEW_STATE_PARAM);
    if ("stateless".equals(state)) {
      refuse(faces, HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() || faces.getViewRoot() == null || faces.getResponseComplete()) {
      return;
    }
    Map<String, Object> viewMap = faces.getViewRoot().getViewMap(false);
    Object expected = viewMap == null ? null : viewMap.get(NONCE);
    if (expected == null) {
      return; // a view PrimeFaces gave no nonce: the public pages' plain forms
    }
    String given = faces.getExternalContext().getRequestParameterMap().get(NONCE);
    if (!expected.equals(given)) {
      refuse(faces, HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private static void refuse(FacesContext faces, int status) {
    ExternalContext external = faces.getExternalContext();
    try {
      external.responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
