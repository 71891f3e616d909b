package eu.digilabs.hub.translation;

import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.shared.text.ControlCharacters;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.ContentTranslations.Offer;
import eu.digilabs.hub.translation.ContentTranslations.Source;
import eu.digilabs.hub.translation.ContentTranslations.Translated;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a person who may edit an item corrects its translation into one language: the original, the
 * machine's suggestion and their own text side by side, field by field. Their translation is then
 * what every reader gets, labelled as a person's.
 */
@Controller
class TranslationCorrectionController {

  /** The longest text a person may write for one field. */
  static final int LONGEST = 100_000;

  /** The longest a field may be as shown (its HTML), as the cache keeps it. */
  static final int LONGEST_SHOWN = 200_000;

  private final Map<String, TranslatableContent> kinds;
  private final ContentTranslations translations;
  private final HumanTranslations people;
  private final Markdown markdown;

  TranslationCorrectionController(
      List<TranslatableContent> kinds,
      ContentTranslations translations,
      HumanTranslations people,
      Markdown markdown) {
    this.kinds =
        kinds.stream().collect(Collectors.toMap(TranslatableContent::kind, Function.identity()));
    this.translations = translations;
    this.people = people;
    this.markdown = markdown;
  }

  @GetMapping("/translations/{kind}/{id}/{language}")
  String form(
      @PathVariable String kind,
      @PathVariable long id,
      @PathVariable String language,
      Model model) {
    TranslatableItem item = editable(kind, id, language);
    Map<String, Source> fields = item.fields().get().map();
    Map<String, String> sources = item.fields().get().markdownSources();
    Optional<Translated> current =
        translations.translate(item.key(), item.version(), offer(item, language), fields);
    Map<String, String> written = people.written(item.key(), language);
    List<CorrectionField> forms =
        fields.entrySet().stream()
            .map(
                field -> {
                  String name = field.getKey();
                  boolean isMarkdown = sources.containsKey(name);
                  String suggestion = current.map(t -> t.fields().get(name)).orElse(null);
                  String fallback =
                      isMarkdown
                          ? sources.getOrDefault(name, "")
                          : suggestion != null ? suggestion : field.getValue().text();
                  String value = written.getOrDefault(name, fallback);
                  return new CorrectionField(
                      name, isMarkdown, field.getValue().text(), suggestion, value, null);
                })
            .toList();
    return show(
        model, item, language, forms, current.map(Translated::outdated).orElse(false), null);
  }

  @PostMapping("/translations/{kind}/{id}/{language}")
  String save(
      @PathVariable String kind,
      @PathVariable long id,
      @PathVariable String language,
      @RequestParam long version,
      @RequestParam Map<String, String> parameters,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    TranslatableItem item = editable(kind, id, language);
    Map<String, Source> fields = item.fields().get().map();
    Map<String, String> sources = item.fields().get().markdownSources();
    Map<String, String> shown = new LinkedHashMap<>();
    Map<String, String> written = new LinkedHashMap<>();
    boolean invalid = false;
    List<CorrectionField> forms = new java.util.ArrayList<>();
    for (Map.Entry<String, Source> field : fields.entrySet()) {
      String name = field.getKey();
      boolean isMarkdown = sources.containsKey(name);
      String value =
          java.util.Objects.requireNonNull(
                  ControlCharacters.strip(parameters.getOrDefault("field." + name, "")))
              .strip();
      String html = isMarkdown && value.length() <= LONGEST ? markdown.html(value) : value;
      String error =
          value.isEmpty()
              ? "translation.required"
              : value.length() > LONGEST || html.length() > LONGEST_SHOWN
                  ? "translation.tooLong"
                  : null;
      invalid |= error != null;
      forms.add(new CorrectionField(name, isMarkdown, field.getValue().text(), null, value, error));
      written.put(name, value);
      shown.put(name, html);
    }
    if (item.version() != version) {
      // The original changed since the form was shown: the person compares again, nothing is lost.
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return show(model, item, language, forms, false, "translation.changed");
    }
    if (invalid) {
      return show(model, item, language, forms, false, null);
    }
    people.save(item, language, shown, written);
    redirect.addFlashAttribute("notice", "translation.saved");
    // The query goes before a fragment (a post's place on its item's page).
    int fragment = item.path().indexOf('#');
    return fragment < 0
        ? "redirect:" + item.path() + "?translate=" + language
        : "redirect:"
            + item.path().substring(0, fragment)
            + "?translate="
            + language
            + item.path().substring(fragment);
  }

  private String show(
      Model model,
      TranslatableItem item,
      String language,
      List<CorrectionField> fields,
      boolean outdated,
      @Nullable String problem) {
    model.addAttribute("item", item);
    model.addAttribute("language", language);
    model.addAttribute("fields", fields);
    model.addAttribute("outdated", outdated);
    model.addAttribute("problem", problem);
    return "translation/correct";
  }

  /** The published item in another language than the one asked for, if the person may edit it. */
  private TranslatableItem editable(String kind, long id, String language) {
    TranslatableContent content = kinds.get(kind);
    String to = language.toLowerCase(Locale.ROOT);
    TranslatableItem item =
        content == null
            ? null
            : content.itemFor(id, to).filter(TranslatableItem::published).orElse(null);
    if (item == null
        || item.language() == null
        || !LanguageCodes.EU_OFFICIAL.contains(to)
        || !to.equals(language)
        || to.equals(item.language())) {
      throw new NotFound("translation");
    }
    if (!item.mayEdit()) {
      throw new AccessDeniedException("only the item's editors correct its translation");
    }
    return item;
  }

  private static Offer offer(TranslatableItem item, String language) {
    return new Offer(java.util.Objects.requireNonNull(item.language()), language);
  }
}
