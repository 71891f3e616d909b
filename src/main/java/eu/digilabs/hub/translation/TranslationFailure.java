package eu.digilabs.hub.translation;

import org.jspecify.annotations.Nullable;

/** A translation that did not come back, and whether asking again later may help. */
public class TranslationFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a translation failed. */
  public enum Reason {
    /** The service said "too many requests" (HTTP 429). */
    RATE_LIMITED(true),
    /** The service failed or could not be reached (HTTP 5xx, timeout, connection refused). */
    UNAVAILABLE(true),
    /** The service refused the request (bad key, unknown pair, text too long). */
    REFUSED(false),
    /** The provider's daily character quota is spent. */
    QUOTA(false),
    /** No configured provider serves the pair. */
    NO_PROVIDER(false);

    private final boolean retryable;

    Reason(boolean retryable) {
      this.retryable = retryable;
    }

    public boolean retryable() {
      return retryable;
    }
  }

  private final Reason reason;
  private final long retryAfterMillis;

  public TranslationFailure(Reason reason, String message) {
    this(reason, message, 0, null);
  }

  public TranslationFailure(
      Reason reason, String message, long retryAfterMillis, @Nullable Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.retryAfterMillis = retryAfterMillis;
  }

  public Reason reason() {
    return reason;
  }

  /** How long the service asked to wait (its {@code Retry-After}), 0 when it did not say. */
  public long retryAfterMillis() {
    return retryAfterMillis;
  }
}
