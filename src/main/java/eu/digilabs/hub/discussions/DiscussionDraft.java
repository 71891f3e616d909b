package eu.digilabs.hub.discussions;

import java.io.Serializable;

/**
 * What a person typed into an item's discussion form when it was refused, with the message key of
 * the reason: carried over the redirect back to the item's page (in the session, which lives in the
 * database), so nothing typed is lost.
 */
public record DiscussionDraft(String body, String error) implements Serializable {

  public static final DiscussionDraft NONE = new DiscussionDraft("", "");

  public boolean failed() {
    return !error.isEmpty();
  }
}
