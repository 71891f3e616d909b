package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.discussions.DiscussionReading;
import eu.digilabs.hub.knowledge.ArticleAttachments;
import eu.digilabs.hub.knowledge.ArticleHelpfulness;
import eu.digilabs.hub.knowledge.ArticleService;
import eu.digilabs.hub.knowledge.ArticleSummary;
import eu.digilabs.hub.knowledge.ArticleView;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.translation.ContentTranslations;
import eu.digilabs.hub.web.PageMeta;
import eu.digilabs.hub.web.Pager;
import eu.digilabs.hub.web.Ui;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Article pages for readers: the library, an article with its table of contents and attachments,
 * the print view, and readers' "was this helpful?".
 */
@Controller
class ArticleController {

  private final ArticleService articles;
  private final ArticleHelpfulness helpfulness;
  private final ArticleAttachments attachments;
  private final Catalogue catalogue;
  private final Rights rights;
  private final Markdown markdown;

  private final DiscussionReading discussionReading;
  private final ContentTranslations translations;
  private final ArticleTranslation translatable;

  private final KnowledgePageMeta pageMeta;

  ArticleController(
      ArticleService articles,
      ArticleHelpfulness helpfulness,
      ArticleAttachments attachments,
      Catalogue catalogue,
      Rights rights,
      Markdown markdown,
      DiscussionReading discussionReading,
      ContentTranslations translations,
      ArticleTranslation translatable,
      KnowledgePageMeta pageMeta) {
    this.pageMeta = pageMeta;
    this.discussionReading = discussionReading;
    this.translations = translations;
    this.translatable = translatable;
    this.articles = articles;
    this.helpfulness = helpfulness;
    this.attachments = attachments;
    this.catalogue = catalogue;
    this.rights = rights;
    this.markdown = markdown;
  }

  @GetMapping("/articles")
  String list(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String language,
      @RequestParam(required = false) @Nullable String phase,
      @RequestParam(defaultValue = "0") int page,
      @ModelAttribute("ui") Ui ui,
      HttpServletRequest request,
      Model model) {
    Page<ArticleSummary> found = articles.list(kind, language, phase, page, 20);
    model.addAttribute("page", found);
    model.addAttribute("pager", Pager.of(found, ui, request.getQueryString()));
    model.addAttribute("kind", kind == null ? "" : kind);
    model.addAttribute("language", language == null ? "" : language);
    model.addAttribute("phase", phase == null ? "" : phase);
    model.addAttribute("mine", articles.mine());
    return "articles/list";
  }

  @GetMapping("/articles/{id}")
  String detail(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String translate,
      Model model) {
    String view = show(id, model, "articles/detail");
    ArticleView article = (ArticleView) model.getAttribute("article");
    if (article != null) {
      model.addAttribute("translation", translations.panel(translatable.item(article), translate));
      // A translated view describes itself by the page's defaults: its description and data
      // belong to the original, which is the canonical page (and the view is noindex).
      if (PageMeta.forOriginal(translate)) {
        model.addAttribute("meta", pageMeta.article(article, articles.labNames(article)));
      }
    }
    return view;
  }

  @GetMapping("/articles/{id}/print")
  String print(@PathVariable long id, Model model) {
    return show(id, model, "articles/print");
  }

  private String show(long id, Model model, String view) {
    ArticleView article = articles.get(id);
    model.addAttribute("article", article);
    model.addAttribute("html", markdown.withAnchors(article.body()));
    model.addAttribute("headings", markdown.headings(article.body()));
    model.addAttribute("minutes", Markdown.readingMinutes(article.body()));
    model.addAttribute("labNames", articles.labNames(article));
    model.addAttribute("projectTitles", articles.projectTitles(article));
    model.addAttribute("services", catalogue.find(article.serviceIds()));
    model.addAttribute("authors", articles.authorNames(article));
    model.addAttribute("mayEdit", articles.mayEdit(id));
    model.addAttribute("mayReview", articles.mayReview(id));
    model.addAttribute("helpfulness", helpfulness.helpfulness(id));
    List<Long> labIds = new ArrayList<>(article.labIds());
    if (article.labId() != null) {
      labIds.add(article.labId());
    }
    model.addAttribute("discussion", discussionReading.section(ItemKeys.of("article", id), labIds));
    model.addAttribute("gaveFeedback", helpfulness.gaveFeedback(id));
    model.addAttribute("attachments", attachments.attachments(id));
    return view;
  }

  @PostMapping("/articles/{id}/feedback")
  String feedback(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String helpful,
      @RequestParam(required = false) @Nullable String comment,
      RedirectAttributes redirect) {
    rights.requireMember();
    try {
      helpfulness.feedback(
          id,
          "yes".equals(helpful) ? Boolean.TRUE : "no".equals(helpful) ? Boolean.FALSE : null,
          comment);
      redirect.addFlashAttribute("notice", "articles.feedbackThanks");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problem", e.problems().get(0).code());
      redirect.addFlashAttribute("feedbackComment", comment);
    }
    return "redirect:/articles/" + id + "#feedback";
  }
}
