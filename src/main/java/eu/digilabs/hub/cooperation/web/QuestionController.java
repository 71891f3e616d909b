package eu.digilabs.hub.cooperation.web;

import eu.digilabs.hub.cooperation.AskCommand;
import eu.digilabs.hub.cooperation.QuestionService;
import eu.digilabs.hub.discussions.DiscussionReading;
import eu.digilabs.hub.discussions.DiscussionReading.PostView;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.TermView;
import eu.digilabs.hub.taxonomy.Vocabulary;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import eu.digilabs.hub.web.Pager;
import eu.digilabs.hub.web.Ui;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ask the network: the lists (open, answered, unanswered), the question form with suggestions while
 * typing, and a question's page with its answers (discussion posts), the accepted one and "this
 * helped me too".
 */
@Controller
class QuestionController {

  static final Set<String> SHOWS = Set.of("all", "open", "answered", "unanswered");

  private final QuestionService questions;
  private final DiscussionReading discussions;
  private final Taxonomy taxonomy;
  private final Forms forms;

  QuestionController(
      QuestionService questions, DiscussionReading discussions, Taxonomy taxonomy, Forms forms) {
    this.questions = questions;
    this.discussions = discussions;
    this.taxonomy = taxonomy;
    this.forms = forms;
  }

  @GetMapping("/questions")
  String list(
      @RequestParam(defaultValue = "all") String show,
      @RequestParam(defaultValue = "0") int page,
      @ModelAttribute("ui") Ui ui,
      Model model) {
    String shown = SHOWS.contains(show) ? show : "all";
    var found = questions.list(shown, page, 20);
    model.addAttribute("questions", found);
    model.addAttribute("show", shown);
    model.addAttribute("pager", Pager.of(found, ui, "show=" + shown));
    return "questions/list";
  }

  @GetMapping("/questions/new")
  String askForm(@ModelAttribute("ui") Ui ui, Model model) {
    return form(Form.of(AskCommand.empty()), ui, model);
  }

  @PostMapping("/questions")
  String ask(
      @ModelAttribute("command") AskCommand command,
      BindingResult result,
      @ModelAttribute("ui") Ui ui,
      Model model) {
    return forms.submit(
        command,
        AskCommand.class,
        result,
        () -> "redirect:/questions/" + questions.ask(command),
        shown -> form(shown, ui, model));
  }

  /** What may already answer the question being written: a fragment for htmx. */
  @GetMapping("/questions/suggest")
  String suggest(@RequestParam(defaultValue = "") String title, Model model) {
    model.addAttribute("suggestions", questions.suggest(title));
    return "questions/suggestions";
  }

  @GetMapping("/questions/{id}")
  String show(@PathVariable long id, Model model) {
    var question = questions.get(id);
    var answers = discussions.section(ItemKeys.of("question", id), List.of());
    List<Long> ids = new ArrayList<>();
    answers.threads().stream().map(PostView::id).forEach(ids::add);
    model.addAttribute("question", question);
    model.addAttribute("answers", answers);
    model.addAttribute("helped", questions.helped(ids));
    return "questions/detail";
  }

  @PostMapping("/questions/{id}/accept")
  String accept(@PathVariable long id, @RequestParam long post, RedirectAttributes redirect) {
    questions.accept(id, post);
    redirect.addFlashAttribute("notice", "questions.accepted");
    return "redirect:/questions/" + id + "#post-" + post;
  }

  @PostMapping("/questions/{id}/answers/{post}/helped")
  String helped(@PathVariable long id, @PathVariable long post) {
    questions.helped(id, post);
    return "redirect:/questions/" + id + "#post-" + post;
  }

  private String form(Form form, Ui ui, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("technologies", options(Vocabulary.TECHNOLOGY, ui));
    model.addAttribute("countries", options(Vocabulary.COUNTRY, ui));
    return "questions/ask";
  }

  private Map<String, String> options(Vocabulary vocabulary, Ui ui) {
    Map<String, String> options = new LinkedHashMap<>();
    for (TermView term : taxonomy.terms(vocabulary)) {
      options.put(term.code(), term.label(ui.locale()));
    }
    return options;
  }
}
