package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.knowledge.MethodService;
import eu.digilabs.hub.knowledge.MethodView;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.TranslatableContent;
import eu.digilabs.hub.translation.TranslatableFields;
import eu.digilabs.hub.translation.TranslatableItem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Method cards as translation sees them. A card carries its own texts in some languages; a reader
 * of another language sees the card's English (else first) text, and that is what is translated.
 */
@Component
class MethodCardTranslation implements TranslatableContent {

  private final MethodService methods;
  private final Markdown markdown;

  MethodCardTranslation(MethodService methods, Markdown markdown) {
    this.methods = methods;
    this.markdown = markdown;
  }

  @Override
  public String kind() {
    return "method";
  }

  @Override
  public Optional<TranslatableItem> item(long id) {
    return TranslatableContent.found(
        () -> item(methods.get(String.valueOf(id), LocaleContextHolder.getLocale().getLanguage())));
  }

  @Override
  public List<Long> published() {
    return methods.ids();
  }

  TranslatableItem item(MethodView card) {
    return new TranslatableItem(
        kind(),
        card.id(),
        textVersion(card),
        card.language(),
        true,
        methods.mayEdit(),
        card.title(),
        "/methods/" + card.code(),
        () ->
            TranslatableFields.of(markdown)
                .text("title", card.title())
                .text("what", card.what())
                .text("why", card.why())
                .markdown("steps", card.steps())
                .markdown("considerations", card.considerations()));
  }

  /**
   * The version of the card's text in its language: a checksum of it, so that a change of the
   * card's example projects (which counts as a new version of the card) keeps its translations.
   */
  static long textVersion(MethodView card) {
    CRC32 sum = new CRC32();
    for (String part :
        new String[] {card.title(), card.what(), card.why(), card.steps(), card.considerations()}) {
      sum.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
      sum.update(0);
    }
    return sum.getValue();
  }
}
