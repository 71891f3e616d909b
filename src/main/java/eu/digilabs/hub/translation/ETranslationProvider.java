package eu.digilabs.hub.translation;

import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * EU eTranslation, the European Commission's machine translation for public administrations. It
 * answers asynchronously: {@code POST .../etranslation/si/translate} (HTTP Digest authentication
 * with the application name and its password) takes a JSON request with {@code sourceLanguage},
 * {@code targetLanguages}, {@code domain}, {@code callerInformation}, an {@code externalReference}
 * and the callback addresses, and answers at once with a request number (negative: refused, the
 * number says why). The translation arrives later at the callback ({@link
 * ETranslationCallbackController}): plain text as the form field {@code translated-text}, HTML sent
 * as a document ({@code documentToTranslateBase64}) comes back Base64-encoded in the body. Failures
 * arrive at the error callback ({@code error-code}, {@code error-message}). It serves every
 * direction among the official EU languages.
 *
 * <p>eTranslation is reachable only for registered public bodies: {@code ETranslationProviderTests}
 * runs this class against a local server that challenges with Digest and calls back as the
 * service's documentation describes.
 */
final class ETranslationProvider implements TranslationProvider {

  static final URI DEFAULT_URL =
      URI.create("https://webgate.ec.europa.eu/etranslation/si/translate");

  private final URI url;
  private final String application;
  private final String password;
  private final String callbackBase;
  private final Duration wait;
  private final ETranslationCallbacks callbacks;
  private final ProviderHttp http;
  private final JsonMapper json;

  ETranslationProvider(
      URI url,
      String application,
      String password,
      String callbackBase,
      Duration wait,
      ETranslationCallbacks callbacks,
      JsonMapper json) {
    this.url = url;
    this.application = application;
    this.password = password;
    this.callbackBase = callbackBase;
    this.wait = wait;
    this.callbacks = callbacks;
    this.http = new ProviderHttp("eTranslation", wait);
    this.json = json;
  }

  @Override
  public String name() {
    return "eTranslation";
  }

  @Override
  public Set<LanguagePair> pairs() {
    return LanguageCodes.euPairs();
  }

  @Override
  public List<String> translate(List<String> texts, LanguagePair pair, boolean html) {
    List<ETranslationCallbacks.Waiting> requests = new ArrayList<>(texts.size());
    try {
      for (String text : texts) {
        ETranslationCallbacks.Waiting waiting = callbacks.register();
        requests.add(waiting);
        if (text.isBlank()) {
          callbacks.translated(waiting.reference(), text);
        } else {
          submit(text, pair, html, waiting.reference());
        }
      }
      long deadline = System.nanoTime() + wait.toNanos();
      List<String> translated = new ArrayList<>(texts.size());
      for (ETranslationCallbacks.Waiting request : requests) {
        long left = Math.max(0, deadline - System.nanoTime());
        String answer = request.answer().get(left, TimeUnit.NANOSECONDS);
        translated.add(html ? decode(answer) : answer);
      }
      return translated;
    } catch (TimeoutException e) {
      throw new TranslationFailure(
          Reason.UNAVAILABLE, "eTranslation did not call back within " + wait, 0, e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof TranslationFailure failure
          ? failure
          : new TranslationFailure(Reason.UNAVAILABLE, "eTranslation failed", 0, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TranslationFailure(Reason.UNAVAILABLE, "interrupted", 0, e);
    } finally {
      requests.forEach(request -> callbacks.forget(request.reference()));
    }
  }

  private void submit(String text, LanguagePair pair, boolean html, String reference) {
    String callback = callbackBase + "/translation/etranslation/callback";
    ObjectNode body = json.createObjectNode();
    body.put("priority", 0);
    body.put("externalReference", reference);
    body.putObject("callerInformation")
        .put("application", application)
        .put("username", application);
    body.put("sourceLanguage", pair.from().toUpperCase(Locale.ROOT));
    body.putArray("targetLanguages").add(pair.to().toUpperCase(Locale.ROOT));
    body.put("domain", "GEN");
    body.put("errorCallback", callbackBase + "/translation/etranslation/error");
    if (html) {
      body.putObject("documentToTranslateBase64")
          .put("content", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)))
          .put("format", "html")
          .put("fileName", "hub");
      body.putObject("destinations").putArray("httpDestinations").add(callback);
    } else {
      body.put("textToTranslate", text);
      body.put("requesterCallback", callback);
    }
    String content = json.writeValueAsString(body);
    ProviderHttp.Answer answer = http.exchange(http.postJson(url, content).build());
    if (answer.status() == 401) {
      String uri = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
      var challenge =
          DigestAuth.challenge(answer.headers().firstValue("WWW-Authenticate").orElse(""));
      if (challenge.isEmpty()) {
        throw http.failure(answer, Reason.REFUSED);
      }
      answer =
          http.exchange(
              http.postJson(url, content)
                  .header(
                      "Authorization",
                      DigestAuth.authorization(challenge.get(), application, password, "POST", uri))
                  .build());
    }
    String number = http.ok(answer).strip();
    long id;
    try {
      id = Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw new TranslationFailure(Reason.UNAVAILABLE, "eTranslation answered no request number");
    }
    if (id < 0) {
      throw new TranslationFailure(Reason.REFUSED, "eTranslation refused the request: " + id);
    }
  }

  private static String decode(String base64) {
    try {
      return new String(Base64.getMimeDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new TranslationFailure(Reason.REFUSED, "eTranslation sent no Base64 document", 0, e);
    }
  }
}
