package eu.digilabs.hub.search.web;

import eu.digilabs.hub.search.SearchRequest;
import eu.digilabs.hub.search.SearchResults;
import eu.digilabs.hub.search.SearchService;
import eu.digilabs.hub.search.SimilarItems;
import eu.digilabs.hub.shared.problems.NotFound;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Search over everything published, with facets, and items similar to a project or lab. */
@RestController
class SearchApi {

  private final SearchService search;
  private final SimilarItems similar;

  SearchApi(SearchService search, SimilarItems similar) {
    this.search = search;
    this.similar = similar;
  }

  /**
   * Published projects nearest in meaning to a published project, lab or solution (other labs'
   * first), and the labs working on similar topics. {@code type} is {@code project}, {@code lab} or
   * {@code solution}; 404 when there is no such published item. Empty lists when embeddings are
   * off.
   */
  @GetMapping("/api/v1/search/similar/{type}/{id}")
  SimilarItems.Similar similar(@PathVariable String type, @PathVariable long id) {
    return similar.toPublished(type, id).orElseThrow(() -> new NotFound(type + " " + id));
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
