package eu.digilabs.hub.search.web;

import eu.digilabs.hub.search.SearchRequest;
import eu.digilabs.hub.search.SearchResults;
import eu.digilabs.hub.search.SearchService;
import eu.digilabs.hub.web.Ui;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: query, facets and results, all in the address so it can be shared. */
@Controller
class SearchController {

  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  /** Suggestions while typing: a fragment of links htmx puts below the search box. */
  @GetMapping("/search/suggest")
  String suggest(@RequestParam(defaultValue = "") String q, Model model) {
    model.addAttribute("suggestions", search.suggest(q, 8));
    return "search/suggestions";
  }

  @GetMapping("/search")
  String page(
      SearchRequest request, @ModelAttribute("ui") Ui ui, HttpServletRequest http, Model model) {
    SearchResults results = search.search(request);
    model.addAttribute("request", request);
    model.addAttribute("results", results);
    model.addAttribute("links", SearchLinks.of("/search", http.getParameterMap()));
    return "search/page";
  }
}
