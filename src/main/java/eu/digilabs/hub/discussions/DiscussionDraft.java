package eu.digilabs.hub.discussions;

/**
 * What a person typed into an item's discussion form when it was refused, with the message key of
 * the reason: carried over the redirect back to the item's page, so nothing typed is lost.
 */
public record DiscussionDraft(String body, String error) {

  public static final DiscussionDraft NONE = new DiscussionDraft("", "");

  public boolean failed() {
    return !error.isEmpty();
  }
}
