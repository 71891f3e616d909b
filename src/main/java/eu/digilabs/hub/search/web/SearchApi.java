package eu.digilabs.hub.search.web;

import eu.digilabs.hub.search.SearchRequest;
import eu.digilabs.hub.search.SearchResults;
import eu.digilabs.hub.search.SearchService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Search over everything published: labs and projects, with facets. */
@RestController
class SearchApi {

  private final SearchService search;

  SearchApi(SearchService search) {
    this.search = search;
  }

  /**
   * Results for the words in {@code q} (simple query syntax: quotes, +, -, * work; anything else is
   * taken as text) and the given filters, with facet counts. 200; 400 for a malformed parameter.
   */
  @GetMapping("/api/v1/search")
  SearchResults search(@ParameterObject SearchRequest request) {
    return search.search(request);
  }
}
