package eu.digilabs.hub.assistant;

import eu.digilabs.hub.shared.limits.RateLimitProperties.Limit;
import eu.digilabs.hub.shared.limits.RateLimits;
import eu.digilabs.hub.shared.problems.TooManyRequests;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * How many questions one person (signed in: their account; otherwise their address) may ask in a
 * minute ({@code hub.assistant.questions-per-minute}): a token bucket of the shared {@link
 * RateLimits}, counted in memory, per node.
 */
@Component
public class QuestionLimits {

  private final RateLimits limits;
  private final Limit limit;

  QuestionLimits(RateLimits limits, AssistantProperties properties) {
    this.limits = limits;
    this.limit = new Limit(properties.questionsPerMinute(), Duration.ofMinutes(1));
  }

  /** Counts one request by {@code who}, or throws {@link TooManyRequests} when over the limit. */
  public void count(String who) {
    limits.take("assistant", limit, who);
  }
}
