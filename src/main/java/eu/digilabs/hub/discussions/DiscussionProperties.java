package eu.digilabs.hub.discussions;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hub.discussions}.
 *
 * @param editWindow how long after writing its author may change a post
 * @param maxLength the longest post, in characters
 */
@ConfigurationProperties("hub.discussions")
record DiscussionProperties(Duration editWindow, int maxLength) {

  DiscussionProperties {
    editWindow = editWindow == null ? Duration.ofMinutes(30) : editWindow;
    maxLength = maxLength <= 0 ? 10_000 : Math.min(maxLength, 10_000);
  }
}
