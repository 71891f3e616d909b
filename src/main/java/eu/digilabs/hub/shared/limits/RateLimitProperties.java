package eu.digilabs.hub.shared.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one person (signed in: their account; otherwise their address) may use the costly or
 * mail-sending parts ({@code hub.rate-limits.<name>.capacity} requests per {@code .period}).
 * Sign-in is limited per address and, in addition, per email submitted.
 *
 * @param login sign-in attempts from one address (also passwords given to link an OIDC sign-in)
 * @param loginName sign-in attempts for one submitted email, from any address
 * @param signup sign-ups
 * @param password password reset requests and resets, new verification links and OIDC link
 *     confirmations (each may send a mail)
 * @param search the search page
 * @param searchApi the search API
 * @param suggestions search suggestions while typing
 * @param failureReports failure reports submitted
 * @param organiserMessages organisers' messages to the registrants of an event
 * @param publiccodeImports publiccode.yml files imported as solutions (page and API)
 * @param posts discussion posts written (pages and API)
 * @param postReports reports of discussion posts
 * @param contact messages to labs through the contact form (each sends a mail)
 * @param clients people (accounts and addresses) counted at once per limit; the least recently seen
 *     are forgotten first
 */
@ConfigurationProperties("hub.rate-limits")
public record RateLimitProperties(
    Limit login,
    Limit loginName,
    Limit signup,
    Limit password,
    Limit search,
    Limit searchApi,
    Limit suggestions,
    Limit failureReports,
    Limit organiserMessages,
    Limit publiccodeImports,
    Limit posts,
    Limit postReports,
    Limit contact,
    @DefaultValue("100000") int clients) {

  public RateLimitProperties {
    login = Limit.orDefault(login, 20, Duration.ofMinutes(5));
    loginName = Limit.orDefault(loginName, 10, Duration.ofMinutes(5));
    signup = Limit.orDefault(signup, 10, Duration.ofHours(1));
    password = Limit.orDefault(password, 5, Duration.ofMinutes(15));
    search = Limit.orDefault(search, 60, Duration.ofMinutes(1));
    searchApi = Limit.orDefault(searchApi, 60, Duration.ofMinutes(1));
    suggestions = Limit.orDefault(suggestions, 120, Duration.ofMinutes(1));
    failureReports = Limit.orDefault(failureReports, 10, Duration.ofHours(1));
    organiserMessages = Limit.orDefault(organiserMessages, 10, Duration.ofHours(1));
    publiccodeImports = Limit.orDefault(publiccodeImports, 30, Duration.ofHours(1));
    posts = Limit.orDefault(posts, 30, Duration.ofHours(1));
    postReports = Limit.orDefault(postReports, 20, Duration.ofHours(1));
    contact = Limit.orDefault(contact, 5, Duration.ofHours(1));
  }

  /**
   * At most {@code capacity} requests per {@code period}; the whole allowance comes back when a
   * period has passed since the first request counted.
   */
  public record Limit(Integer capacity, Duration period) {

    public Limit {
      if (capacity != null && capacity < 1) {
        throw new IllegalArgumentException("A rate limit's capacity must be at least 1.");
      }
      if (period != null && (period.isNegative() || period.isZero())) {
        throw new IllegalArgumentException("A rate limit's period must be positive.");
      }
    }

    static Limit orDefault(Limit given, int capacity, Duration period) {
      if (given == null) {
        return new Limit(capacity, period);
      }
      return new Limit(
          given.capacity() == null ? capacity : given.capacity(),
          given.period() == null ? period : given.period());
    }
  }
}
