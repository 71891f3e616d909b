package eu.digilabs.hub.translation;

import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends a provider's requests and turns what goes wrong into a {@link TranslationFailure}: 429 is
 * rate limited (with the service's {@code Retry-After}), 456 (DeepL's "quota exceeded") is a spent
 * quota, 5xx and network trouble are unavailable, any other refusal is refused.
 */
final class ProviderHttp {

  /** What a service answered, whatever the status. */
  record Answer(int status, String body, java.net.http.HttpHeaders headers) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

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
  HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(timeout);
  }

  /** A JSON POST with this provider's timeout. */
  HttpRequest.Builder postJson(URI uri, String json) {
    return request(uri)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
  }

  /** The body of a 2xx answer; otherwise a failure. */
  String send(HttpRequest request) {
    return ok(exchange(request));
  }

  /** The answer, whatever its status; a failure only when none came. */
  Answer exchange(HttpRequest request) {
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body(), response.headers());
    } catch (HttpTimeoutException e) {
      throw new TranslationFailure(Reason.UNAVAILABLE, provider + " timed out", 0, e);
    } catch (IOException e) {
      throw new TranslationFailure(Reason.UNAVAILABLE, provider + " unreachable", 0, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TranslationFailure(Reason.UNAVAILABLE, provider + " interrupted", 0, e);
    }
  }

  /** The body of a 2xx answer; otherwise the failure its status means. */
  String ok(Answer answer) {
    if (answer.ok()) {
      return answer.body();
    }
    throw failure(answer, answer.status() == 456 ? Reason.QUOTA : null);
  }

  /**
   * The failure an answer's status means.
   *
   * @param reason the reason when the provider knows better (a 429 that means a spent quota), or
   *     null to go by the status
   */
  TranslationFailure failure(Answer answer, @org.jspecify.annotations.Nullable Reason reason) {
    int status = answer.status();
    String message = provider + " answered " + status;
    if (reason != null) {
      return new TranslationFailure(reason, message);
    }
    if (status == 429) {
      return new TranslationFailure(
          Reason.RATE_LIMITED,
          message,
          retryAfter(answer.headers().firstValue("Retry-After").orElse("")),
          null);
    }
    return new TranslationFailure(status >= 500 ? Reason.UNAVAILABLE : Reason.REFUSED, message);
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
