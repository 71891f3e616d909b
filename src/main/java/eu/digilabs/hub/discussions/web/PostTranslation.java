package eu.digilabs.hub.discussions.web;

import eu.digilabs.hub.discussions.DiscussionReading;
import eu.digilabs.hub.discussions.DiscussionReading.Single;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.TranslatableContent;
import eu.digilabs.hub.translation.TranslatableFields;
import eu.digilabs.hub.translation.TranslatableItem;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Discussion posts as translation sees them: the text, in the language Lingua detects. Only posts
 * everyone may read are translated; their authors correct the translation.
 */
@Component
class PostTranslation implements TranslatableContent {

  private final DiscussionReading reading;
  private final Markdown markdown;
  private final JdbcClient jdbc;

  PostTranslation(DiscussionReading reading, Markdown markdown, JdbcClient jdbc) {
    this.reading = reading;
    this.markdown = markdown;
    this.jdbc = jdbc;
  }

  @Override
  public String kind() {
    return "post";
  }

  @Override
  public Optional<TranslatableItem> item(long id) {
    return TranslatableContent.found(() -> item(reading.one(id)));
  }

  @Override
  public List<Long> published() {
    return jdbc.sql(
            """
            select id from post
            where deleted_at is null and hidden_at is null
              and members_only = false and host_hidden = false
            order by id
            """)
        .query(Long.class)
        .list();
  }

  TranslatableItem item(Single single) {
    DiscussionReading.PostView post = single.post();
    return new TranslatableItem(
        kind(),
        post.id(),
        post.version(),
        post.language(),
        post.open(),
        post.mine(),
        single.itemTitle(),
        single.itemPath() + "#post-" + post.id(),
        () -> TranslatableFields.of().markdown("body", post.body(), markdown.html(post.body())));
  }
}
