package org.kesher.app.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kesher.access.boundary.StaffAdminPage;

/**
 * Deployed by {@code KesherIT} only: calls an administrators' page action from a URL that no rule
 * of {@code web.xml} protects, so that only the action's own {@code @RolesAllowed} stands between
 * an anonymous caller and the action.
 */
@WebServlet("/roles-probe")
public class RolesProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffAdminPage staffAdmin;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    staffAdmin.toggle("demo.dana", false);
    response.getWriter().write("carried out");
  }
}
