package eu.digilabs.hub.translation;

import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends a provider's requests and turns what goes wrong into a {@link TranslationFailure}: 429 is
 * rate limited (with the service's {@code Retry-After}), 5xx and network trouble are unavailable,
 * any other refusal is refused.
 */
final class ProviderHttp {

  private final HttpClient client;
  private final Duration timeout;
  private final String provider;

  ProviderHttp(String provider, Duration timeout) {
    this.provider = provider;
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The request with this provider's timeout. */
  HttpRequest.Builder request(java.net.URI uri) {
    return HttpRequest.newBuilder(uri).timeout(timeout);
  }

  /** The body of a 2xx answer; otherwise a failure. */
  String send(HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new TranslationFailure(Reason.UNAVAILABLE, provider + " timed out", 0, e);
    } catch (IOException e) {
      throw new TranslationFailure(Reason.UNAVAILABLE, provider + " unreachable", 0, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TranslationFailure(Reason.UNAVAILABLE, provider + " interrupted", 0, e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return response.body();
    }
    String message = provider + " answered " + status;
    if (status == 429) {
      throw new TranslationFailure(
          Reason.RATE_LIMITED,
          message,
          retryAfter(response.headers().firstValue("Retry-After").orElse("")),
          null);
    }
    throw new TranslationFailure(status >= 500 ? Reason.UNAVAILABLE : Reason.REFUSED, message);
  }

  /** {@code Retry-After} in seconds, as milliseconds; 0 when absent or a date. */
  static long retryAfter(String header) {
    try {
      return Math.min(Long.parseLong(header.strip()), 3600) * 1000;
    } catch (NumberFormatException notSeconds) {
      return 0;
    }
  }
}
