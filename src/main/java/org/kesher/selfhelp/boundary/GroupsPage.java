package org.kesher.selfhelp.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kesher.catalogue.boundary.CatalogueViews.LocalityView;
import org.kesher.catalogue.boundary.ShownCatalogue;
import org.kesher.ground.boundary.VisitorLanguage;
import org.kesher.ground.control.Language;
import org.kesher.selfhelp.control.GroupQuery;

/**
 * The public directory of self-help groups and organisations ({@code groups.xhtml}): a plain GET
 * form (topic, place, language, words) and a page of what it finds, with links to the other pages;
 * no script, so the address of a search can be kept and shared.
 */
@PermitAll
@Named
@RequestScoped
public class GroupsPage {

  private static final List<String> PARAMETERS = List.of("topic", "locality", "language", "q");

  @Inject GroupDesk desk;

  @Inject ShownCatalogue catalogue;

  @Inject VisitorLanguage visitor;

  @Inject HttpServletRequest request;

  private GroupDesk.Results results;

  public GroupDesk.Results getResults() {
    if (results == null) {
      results =
          desk.search(
              new GroupQuery(
                  param("topic"), param("locality"), param("language"), param("q"), page()),
              visitor.get());
    }
    return results;
  }

  /** Whether the visitor searched for anything yet (else the page shows every entry). */
  public boolean isSearched() {
    return PARAMETERS.stream().anyMatch(p -> !param(p).isEmpty());
  }

  public List<GroupDesk.TopicChoice> getTopics() {
    return desk.topics(visitor.get());
  }

  public List<LocalityView> getLocalities() {
    return catalogue.in(visitor.get()).localities();
  }

  public List<String> getLanguages() {
    return Arrays.stream(Language.values()).map(Language::code).toList();
  }

  /** What the visitor asked for in a field of the search form, to show it again. */
  public String param(String name) {
    String value = request.getParameter(name);
    return value == null ? "" : value.strip();
  }

  /** The address of another page of the same search. */
  public String pageUrl(int page) {
    Map<String, String> query = new LinkedHashMap<>();
    for (String p : PARAMETERS) {
      if (!param(p).isEmpty()) {
        query.put(p, param(p));
      }
    }
    query.put("page", String.valueOf(page));
    var url = new StringBuilder(request.getContextPath()).append("/groups.xhtml?");
    query.forEach(
        (k, v) ->
            url.append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&'));
    url.setLength(url.length() - 1);
    return url.toString();
  }

  private int page() {
    try {
      return Math.min(10_000, Integer.parseInt(param("page")));
    } catch (NumberFormatException none) {
      return 1;
    }
  }
}
