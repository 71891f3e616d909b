package eu.digilabs.hub.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hub.notifications}.
 *
 * @param digestCron when the digest job looks for due digests (every 15 minutes by default)
 * @param digestGrace how old an activity must be before a digest takes it: work recorded in the
 *     background arrives a little after it happened
 * @param digestItems at most this many items in one digest; the rest is a link to the feed
 */
@ConfigurationProperties("hub.notifications")
record NotificationProperties(String digestCron, Duration digestGrace, int digestItems) {

  NotificationProperties {
    digestCron = digestCron == null || digestCron.isBlank() ? "0 */15 * * * *" : digestCron;
    digestGrace = digestGrace == null ? Duration.ofMinutes(2) : digestGrace;
    digestItems = digestItems <= 0 ? 20 : digestItems;
  }
}
