package eu.digilabs.hub.shared.problems;

import org.springframework.http.HttpStatus;

/** Someone asked too often: answered 429 with the seconds to wait (Retry-After). */
@org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class TooManyRequests extends RuntimeException {

  private final long retryAfterSeconds;

  public TooManyRequests(long retryAfterSeconds) {
    super("Too many requests: try again in " + retryAfterSeconds + " seconds.");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
