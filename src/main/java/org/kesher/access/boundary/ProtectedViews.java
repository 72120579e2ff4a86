package org.kesher.access.boundary;

import jakarta.faces.FactoryFinder;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a plain request (not a postback) for one of faces-config.xml's protected views that does
 * not carry the session's token, as forbidden, before Faces' own check runs: that check would write
 * the session's valid token into the server log at each refusal. Kesher's links to these views
 * carry the token (h:link adds it), so only a request made up elsewhere is refused.
 */
public class ProtectedViews implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    ExternalContext external = faces.getExternalContext();
    if (faces.isPostback() || !isProtected(faces, external.getRequestServletPath())) {
      return;
    }
    String given =
        external.getRequestParameterMap().get(ResponseStateManager.NON_POSTBACK_VIEW_TOKEN_PARAM);
    var kits = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
    String kit = faces.getApplication().getViewHandler().calculateRenderKitId(faces);
    String expected =
        kits.getRenderKit(faces, kit)
            .getResponseStateManager()
            .getCryptographicallyStrongTokenFromSession(faces);
    // the session keeps the token as it appears in a link, URL-encoded; a request brings it decoded
    if (given == null || !URLEncoder.encode(given, StandardCharsets.UTF_8).equals(expected)) {
      try {
        external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // the check is made before the view is restored
  }

  private static boolean isProtected(FacesContext faces, String servletPath) {
    return faces
        .getApplication()
        .getViewHandler()
        .getProtectedViewsUnmodifiable()
        .contains(servletPath);
  }
}
