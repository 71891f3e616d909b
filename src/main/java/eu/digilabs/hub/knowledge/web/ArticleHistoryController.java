package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.knowledge.ArticleHistory;
import eu.digilabs.hub.knowledge.ArticleService;
import eu.digilabs.hub.knowledge.ArticleView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Article pages of versions: the history, the differences between two versions, restore. */
@Controller
class ArticleHistoryController {

  private final ArticleService articles;
  private final ArticleHistory history;

  ArticleHistoryController(ArticleService articles, ArticleHistory history) {
    this.articles = articles;
    this.history = history;
  }

  @GetMapping("/articles/{id}/history")
  String history(@PathVariable long id, Model model) {
    model.addAttribute("article", articles.get(id));
    model.addAttribute("revisions", history.history(id));
    model.addAttribute("mayEdit", articles.mayEdit(id));
    return "articles/history";
  }

  @GetMapping("/articles/{id}/diff")
  String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
    model.addAttribute("article", articles.get(id));
    model.addAttribute("from", history.revision(id, from));
    model.addAttribute("to", history.revision(id, to));
    model.addAttribute("comparison", history.diff(id, from, to));
    model.addAttribute("mayEdit", articles.mayEdit(id));
    return "articles/diff";
  }

  @PostMapping("/articles/{id}/restore/{number}")
  String restore(@PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
    ArticleView restored = history.restore(id, number);
    redirect.addFlashAttribute(
        "notice", restored.pending() ? "articles.savedForReview" : "articles.restored");
    return "redirect:/articles/" + id + "/history";
  }
}
