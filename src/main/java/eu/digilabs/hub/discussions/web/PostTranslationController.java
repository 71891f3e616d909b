package eu.digilabs.hub.discussions.web;

import eu.digilabs.hub.discussions.DiscussionReading;
import eu.digilabs.hub.discussions.DiscussionReading.Single;
import eu.digilabs.hub.translation.ContentTranslations;
import eu.digilabs.hub.translation.ContentTranslations.Panel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A post in the reader's language: its own small page without JavaScript, and with htmx the text
 * that replaces the post's text in place on its item's page.
 */
@Controller
class PostTranslationController {

  private final DiscussionReading reading;
  private final PostTranslation translatable;
  private final ContentTranslations translations;

  PostTranslationController(
      DiscussionReading reading, PostTranslation translatable, ContentTranslations translations) {
    this.reading = reading;
    this.translatable = translatable;
    this.translations = translations;
  }

  @GetMapping("/discussions/posts/{id}/translation")
  String translation(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String translate,
      Model model) {
    Single single = reading.one(id);
    Panel panel = translations.panel(translatable.item(single), translate);
    if (panel.offer() == null) {
      return "redirect:" + single.itemPath() + "#post-" + id;
    }
    model.addAttribute("single", single);
    model.addAttribute("translation", panel);
    return "discussions/translated";
  }
}
