package eu.digilabs.hub.shared.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.digilabs.hub.shared.limits.RateLimitProperties.Limit;
import eu.digilabs.hub.shared.problems.TooManyRequests;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per limit and person, in memory on this node. Each limit keeps at most
 * {@code hub.rate-limits.clients} buckets and forgets one a period after its last use (by then it
 * would be full again), so memory stays bounded whatever addresses an attacker sends from.
 */
@Component
public class RateLimits {

  private final int clients;
  private final Map<String, Cache<String, Bucket>> buckets = new ConcurrentHashMap<>();

  RateLimits(RateLimitProperties properties) {
    this.clients = properties.clients();
  }

  /**
   * Counts one request by {@code who} against the limit named {@code name}, or throws {@link
   * TooManyRequests} with the seconds until the next request is allowed.
   */
  public void take(String name, Limit limit, String who) {
    Bucket bucket = bucketsOf(name, limit).get(who, k -> bucket(limit));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
      throw new TooManyRequests(seconds);
    }
  }

  /**
   * Who is asking: the signed-in account, else the client address (as the trusted proxy saw it).
   */
  public static String who(HttpServletRequest request) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
      return "account:" + auth.getName();
    }
    return "address:" + request.getRemoteAddr();
  }

  private Cache<String, Bucket> bucketsOf(String name, Limit limit) {
    return buckets.computeIfAbsent(
        name,
        k ->
            Caffeine.newBuilder()
                .maximumSize(clients)
                .expireAfterAccess(limit.period())
                .<String, Bucket>build());
  }

  private static Bucket bucket(Limit limit) {
    return Bucket.builder()
        .addLimit(
            l -> l.capacity(limit.capacity()).refillIntervally(limit.capacity(), limit.period()))
        .build();
  }
}
