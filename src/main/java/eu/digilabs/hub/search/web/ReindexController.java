package eu.digilabs.hub.search.web;

import eu.digilabs.hub.search.Reindexing;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** Admin page: rebuild the search index and follow its progress. */
@Controller
class ReindexController {

  private final Reindexing reindexing;

  ReindexController(Reindexing reindexing) {
    this.reindexing = reindexing;
  }

  @GetMapping("/admin/search")
  String page(
      @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
    model.addAttribute("progress", reindexing.progress());
    return htmx != null ? "search/reindexProgress" : "search/reindex";
  }

  @PostMapping("/admin/search/reindex")
  String start() {
    reindexing.start();
    return "redirect:/admin/search";
  }
}
