package eu.digilabs.hub.discussions.web;

import eu.digilabs.hub.discussions.DiscussionChanged;
import eu.digilabs.hub.discussions.DiscussionReading;
import eu.digilabs.hub.discussions.DiscussionReading.Single;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.ContentTranslations;
import eu.digilabs.hub.translation.TranslatableContent;
import eu.digilabs.hub.translation.TranslatableFields;
import eu.digilabs.hub.translation.TranslatableItem;
import java.util.List;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Discussion posts as translation sees them: the text, in the language Lingua detects. Only posts
 * everyone may read are translated, and only when a reader asks; their authors correct the
 * translation while they may still edit the post. A deleted or hidden post's translations go.
 */
@Component
class PostTranslation implements TranslatableContent {

  private final DiscussionReading reading;
  private final Markdown markdown;
  private final ContentTranslations translations;

  PostTranslation(DiscussionReading reading, Markdown markdown, ContentTranslations translations) {
    this.reading = reading;
    this.markdown = markdown;
    this.translations = translations;
  }

  @Override
  public String kind() {
    return "post";
  }

  @Override
  public Optional<TranslatableItem> item(long id) {
    return TranslatableContent.found(() -> item(reading.one(id)));
  }

  /**
   * None: posts are people's words, often naming others, and many; they are translated when a
   * reader asks, never in bulk into every language.
   */
  @Override
  public List<Long> published() {
    return List.of();
  }

  /** A post that is no longer shown to everyone takes its translations with it. */
  @ApplicationModuleListener
  void on(DiscussionChanged changed) {
    if (!reading.open(changed.postId())) {
      translations.forget(ItemKeys.of(kind(), changed.postId()));
    }
  }

  TranslatableItem item(Single single) {
    DiscussionReading.PostView post = single.post();
    return new TranslatableItem(
        kind(),
        post.id(),
        post.version(),
        post.language(),
        post.open(),
        post.editable(),
        single.itemTitle(),
        "/discussions/posts/" + post.id() + "/translation",
        () -> TranslatableFields.of(markdown).markdown("body", post.body()));
  }
}
