package eu.digilabs.hub.shared.items;

import java.util.Set;

/**
 * A published item as anyone who may read it sees it, whoever asks: never a draft, never what an
 * anonymous failure report hides.
 *
 * @param key type and id, such as {@code project:12}
 * @param title the item's own title (labels of vocabulary topics in the current request's language)
 * @param path the item's page on the hub
 * @param labIds the labs the item belongs to, whose editors moderate it and see its follow counts
 * @param topics what the item is about, as item keys ({@code lab:3}, {@code service:87}, {@code
 *     technology:chatbot}, {@code country:DE}): following one of them follows the item
 * @param audience who may read it
 * @param state what a follower should hear besides a change ({@code cancelled} for an event), or
 *     empty
 */
public record ItemRef(
    String key,
    String title,
    String path,
    Set<Long> labIds,
    Set<String> topics,
    Audience audience,
    String state) {

  /** Who may read an item. */
  public enum Audience {
    /** Everyone, visitors included. */
    PUBLIC,
    /** Signed-in members only (members-only events). */
    MEMBERS
  }

  public ItemRef {
    labIds = Set.copyOf(labIds);
    topics = Set.copyOf(topics);
  }

  public ItemRef(
      String key,
      String title,
      String path,
      Set<Long> labIds,
      Set<String> topics,
      Audience audience) {
    this(key, title, path, labIds, topics, audience, "");
  }

  /** The type part of the key: {@code project} for {@code project:12}. */
  public String type() {
    return ItemKeys.type(key);
  }

  public boolean isPublic() {
    return audience == Audience.PUBLIC;
  }
}
