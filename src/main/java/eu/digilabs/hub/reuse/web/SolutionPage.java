package eu.digilabs.hub.reuse.web;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.discussions.DiscussionReading;
import eu.digilabs.hub.notifications.Follows;
import eu.digilabs.hub.reuse.AdoptionMap;
import eu.digilabs.hub.reuse.SolutionService;
import eu.digilabs.hub.reuse.SolutionView;
import eu.digilabs.hub.reuse.UptakeCommands;
import eu.digilabs.hub.reuse.UptakeService;
import eu.digilabs.hub.reuse.UptakeView;
import eu.digilabs.hub.search.SimilarItems;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.translation.ContentTranslations;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.PageMeta;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The solution page's model, shared by the controllers whose forms it holds: the solution, its
 * uptakes as the viewer may see them, the adoption map, the history, and the forms (declaring
 * interest; per uptake moving it, a note, and its visibility), shown again with their errors.
 */
@Component
class SolutionPage {

  private final SolutionService solutions;
  private final UptakeService uptakes;
  private final AdoptionMap maps;
  private final SolutionFormOptions options;
  private final Rights rights;
  private final SimilarItems similar;

  private final Follows follows;

  private final DiscussionReading discussionReading;
  private final ContentTranslations translations;
  private final SolutionTranslation translatable;

  private final SolutionPageMeta pageMeta;

  SolutionPage(
      SolutionService solutions,
      UptakeService uptakes,
      AdoptionMap maps,
      SolutionFormOptions options,
      Rights rights,
      SimilarItems similar,
      Follows follows,
      DiscussionReading discussionReading,
      ContentTranslations translations,
      SolutionTranslation translatable,
      SolutionPageMeta pageMeta) {
    this.pageMeta = pageMeta;
    this.discussionReading = discussionReading;
    this.translations = translations;
    this.translatable = translatable;
    this.follows = follows;
    this.solutions = solutions;
    this.uptakes = uptakes;
    this.maps = maps;
    this.options = options;
    this.rights = rights;
    this.similar = similar;
  }

  /**
   * Fills the model for {@code solutions/detail}; {@code failed} is the form that failed (declare,
   * or {@code uptake-<id>}) with its errors, null when none did.
   */
  String show(long id, Model model, @Nullable String failedName, @Nullable Form failed) {
    return show(id, model, failedName, failed, null);
  }

  /** The same, translated when the reader asked for it ({@code translate}, a language). */
  String show(
      long id,
      Model model,
      @Nullable String failedName,
      @Nullable Form failed,
      @Nullable String translate) {
    SolutionView solution = solutions.get(id);
    model.addAttribute("translation", translations.panel(translatable.item(solution), translate));
    List<UptakeView> entries = uptakes.forSolution(id);
    model.addAttribute("solution", solution);
    // A translated view describes itself by the page's defaults: its description and data
    // belong to the original, which is the canonical page (and the view is noindex).
    if (PageMeta.forOriginal(translate)) {
      model.addAttribute("meta", pageMeta.of(solution));
    }
    model.addAttribute("mayEdit", solutions.mayEdit(solution));
    model.addAttribute("uptakes", entries);
    model.addAttribute("map", maps.of(entries));
    model.addAttribute("history", solutions.history(id));
    model.addAttribute(
        "follow",
        follows.state(
            ItemKeys.of("solution", id),
            solution.providerLabId() == null ? List.of() : List.of(solution.providerLabId())));
    model.addAttribute(
        "discussion",
        discussionReading.section(
            ItemKeys.of("solution", id),
            solution.providerLabId() == null ? List.of() : List.of(solution.providerLabId())));
    model.addAttribute("similar", similar.toSolution(id));
    model.addAttribute("signedIn", rights.currentAccountId().isPresent());
    model.addAttribute("memberLabs", options.memberLabs());
    model.addAttribute("organisationOptions", options.organisations());
    model.addAttribute("stageOptions", options.stages());
    model.addAttribute(
        "declareForm",
        "declare".equals(failedName) && failed != null
            ? failed
            : Form.of(new UptakeCommands.Declare(null, null, null, null, null)));
    model.addAttribute(
        "failedUptake",
        failedName != null && failedName.startsWith("uptake-") && failed != null
            ? Map.of(failedName, failed)
            : Map.<String, Form>of());
    return "solutions/detail";
  }
}
