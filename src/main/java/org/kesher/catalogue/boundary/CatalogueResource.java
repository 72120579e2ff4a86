package org.kesher.catalogue.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kesher.catalogue.boundary.CatalogueViews.LocalityView;
import org.kesher.catalogue.boundary.CatalogueViews.ProgrammeView;
import org.kesher.catalogue.boundary.CatalogueViews.RequestTypeView;
import org.kesher.catalogue.boundary.CatalogueViews.UnitView;
import org.kesher.ground.control.Language;

/** The public service catalogue: what residents can ask for, who answers, and where. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

  @Inject ShownCatalogue shown;

  @GET
  @Path("request-types")
  @Operation(summary = "The request types residents can open, with each type's own form fields")
  public List<RequestTypeView> requestTypes(
      @Parameter(description = "he, ar, en, ru or am; else Accept-Language; else he")
          @QueryParam("lang")
          String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    Language language = language(lang, acceptLanguage);
    return shown.in(language).requestTypes();
  }

  @GET
  @Path("units")
  @Operation(summary = "The community units and self-help centres, with services and contacts")
  public List<UnitView> units(
      @QueryParam("lang") String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    Language language = language(lang, acceptLanguage);
    return shown.in(language).units();
  }

  @GET
  @Path("localities")
  @Operation(summary = "The cities, settlements and neighbourhoods a request can come from")
  public List<LocalityView> localities(
      @QueryParam("lang") String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    Language language = language(lang, acceptLanguage);
    return shown.in(language).localities();
  }

  @GET
  @Path("programmes")
  @Operation(summary = "The programmes and service points of the units, with the type to ask by")
  public List<ProgrammeView> programmes(
      @QueryParam("lang") String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    return shown.in(language(lang, acceptLanguage)).programmes();
  }

  private static Language language(String lang, String acceptLanguage) {
    if (lang == null || lang.isBlank()) {
      return Language.fromAcceptLanguage(acceptLanguage);
    }
    return Language.fromCode(lang).orElseThrow(BadRequestException::new);
  }
}
