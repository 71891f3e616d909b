package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.digilabs.hub.translation.FakeService.Reply;
import eu.digilabs.hub.translation.FakeService.Request;
import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * EU eTranslation, played by a local fake (the service admits only registered public bodies). The
 * fake speaks its protocol: a Digest challenge before it takes a request, a request number as the
 * immediate answer (negative when refused), and later a form POST to the requester callback with
 * {@code translated-text}, or the HTML document Base64-encoded in the body, or a POST to the error
 * callback. A second local server stands in for the hub's callback address and hands what arrives
 * to {@link ETranslationCallbacks}, as {@link ETranslationCallbackController} does.
 */
class ETranslationProviderTests {

  static final String APPLICATION = "Digilabs_Hub";
  static final String PASSWORD = "s3cret";
  static final Pattern DIGEST_PART = Pattern.compile("(\\w+)=\"?([^\",]*)\"?");

  final JsonMapper json = JsonMapper.builder().build();
  final FakeService etranslation = new FakeService();
  final FakeService hub = new FakeService();
  final ETranslationCallbacks callbacks = new ETranslationCallbacks();
  final HttpClient client = HttpClient.newHttpClient();

  ETranslationProviderTests() throws Exception {
    hub.answer(this::receive);
  }

  @AfterEach
  void stop() {
    etranslation.close();
    hub.close();
  }

  ETranslationProvider provider(Duration wait) {
    String base = hub.url.toString();
    return new ETranslationProvider(
        etranslation.url.resolve("etranslation/si/translate"),
        APPLICATION,
        PASSWORD,
        base.substring(0, base.length() - 1),
        wait,
        callbacks,
        json);
  }

  /** The hub's side of the callback: form fields or the Base64 body, as the controller reads. */
  Reply receive(Request request) {
    Map<String, String> fields = form(request.query());
    if (request.header("Content-Type").startsWith("application/x-www-form-urlencoded")) {
      fields.putAll(form(request.body()));
    }
    String reference = fields.get("external-reference");
    if (request.path().endsWith("/error")) {
      callbacks.failed(reference, fields.get("error-code"), fields.get("error-message"));
    } else {
      callbacks.translated(reference, fields.getOrDefault("translated-text", request.body()));
    }
    return Reply.text(200, "");
  }

  /** eTranslation: Digest first, then a request number, then the callback a little later. */
  Reply speak(Request request, boolean refuse, boolean failLater) {
    String authorization = request.header("Authorization");
    Map<String, String> challenge =
        Map.of("realm", "eTranslation", "nonce", "n0nce", "qop", "auth", "opaque", "0paque");
    if (authorization.isEmpty()) {
      return new Reply(
          401,
          "",
          Map.of(
              "WWW-Authenticate",
              "Digest realm=\"eTranslation\", qop=\"auth\", nonce=\"n0nce\", opaque=\"0paque\""));
    }
    Map<String, String> sent = new HashMap<>();
    Matcher part = DIGEST_PART.matcher(authorization.substring("Digest ".length()));
    while (part.find()) {
      sent.put(part.group(1), part.group(2));
    }
    String expected =
        DigestAuth.authorization(
            challenge, APPLICATION, PASSWORD, "POST", request.path(), sent.get("cnonce"));
    if (!expected.contains("response=\"" + sent.get("response") + "\"")) {
      return new Reply(
          401, "", Map.of("WWW-Authenticate", "Digest realm=\"eTranslation\", nonce=\"n2\""));
    }
    if (refuse) {
      return Reply.text(200, "-20021");
    }
    JsonNode body = json.readTree(request.body());
    String reference = body.get("externalReference").asString();
    String target = body.get("targetLanguages").get(0).asString();
    CompletableFuture.runAsync(
        () -> callBack(body, reference, target, failLater),
        CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
    return Reply.text(200, "4711");
  }

  void callBack(JsonNode body, String reference, String target, boolean fail) {
    try {
      HttpRequest request;
      if (fail) {
        request =
            form(
                body.get("errorCallback").asString(),
                Map.of(
                    "request-id", "4711",
                    "external-reference", reference,
                    "error-code", "-20021",
                    "error-message", "language pair not supported"));
      } else if (body.has("textToTranslate")) {
        request =
            form(
                body.get("requesterCallback").asString(),
                Map.of(
                    "request-id",
                    "4711",
                    "target-language",
                    target,
                    "external-reference",
                    reference,
                    "translated-text",
                    body.get("textToTranslate").asString().toUpperCase(Locale.ROOT)));
      } else {
        String document =
            new String(
                Base64.getDecoder()
                    .decode(body.get("documentToTranslateBase64").get("content").asString()),
                StandardCharsets.UTF_8);
        String destination = body.get("destinations").get("httpDestinations").get(0).asString();
        request =
            HttpRequest.newBuilder(
                    URI.create(
                        destination
                            + "?request-id=4711&target-language="
                            + target
                            + "&external-reference="
                            + reference))
                .header("Content-Type", "application/octet-stream")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Base64.getEncoder()
                            .encodeToString(
                                document
                                    .toUpperCase(Locale.ROOT)
                                    .getBytes(StandardCharsets.UTF_8))))
                .build();
      }
      client.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static HttpRequest form(String url, Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (name, value) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
  }

  static Map<String, String> form(String encoded) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : encoded.split("&")) {
      String[] parts = pair.split("=", 2);
      if (parts.length == 2) {
        fields.put(
            URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
            URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
      }
    }
    return fields;
  }

  @Test
  void textsAreSentWithDigestAuthenticationAndArriveAtTheCallback() {
    etranslation.answer(request -> speak(request, false, false));
    List<String> translated =
        provider(Duration.ofSeconds(5))
            .translate(List.of("Hallo Welt", "Das Labor"), new LanguagePair("de", "en"), false);
    assertThat(translated).containsExactly("HALLO WELT", "DAS LABOR");
    JsonNode sent =
        etranslation.requests.stream()
            .filter(r -> !r.header("Authorization").isEmpty())
            .map(r -> json.readTree(r.body()))
            .findFirst()
            .orElseThrow();
    assertThat(sent.get("sourceLanguage").asString()).isEqualTo("DE");
    assertThat(sent.get("targetLanguages").get(0).asString()).isEqualTo("EN");
    assertThat(sent.get("callerInformation").get("application").asString()).isEqualTo(APPLICATION);
    assertThat(sent.get("externalReference").asString()).hasSize(32);
    assertThat(callbacks.pending()).isZero();
  }

  @Test
  void htmlTravelsAsADocumentAndComesBackDecoded() {
    etranslation.answer(request -> speak(request, false, false));
    assertThat(
            provider(Duration.ofSeconds(5))
                .translate(List.of("<p>Hallo <b>Welt</b></p>"), new LanguagePair("de", "en"), true))
        .containsExactly("<P>HALLO <B>WELT</B></P>");
  }

  @Test
  void aRefusalAnErrorCallbackAWrongPasswordAndSilenceAreFailures() {
    etranslation.answer(request -> speak(request, true, false));
    assertThatThrownBy(
            () ->
                provider(Duration.ofSeconds(5))
                    .translate(List.of("x"), new LanguagePair("de", "en"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED));

    etranslation.answer(request -> speak(request, false, true));
    assertThatThrownBy(
            () ->
                provider(Duration.ofSeconds(5))
                    .translate(List.of("x"), new LanguagePair("de", "en"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class,
            f -> {
              assertThat(f.reason()).isEqualTo(Reason.REFUSED);
              assertThat(f.getMessage()).contains("-20021");
            });

    etranslation.answer(request -> speak(request, false, false));
    ETranslationProvider wrongPassword =
        new ETranslationProvider(
            etranslation.url.resolve("etranslation/si/translate"),
            APPLICATION,
            "wrong",
            hub.url.toString(),
            Duration.ofSeconds(5),
            callbacks,
            json);
    assertThatThrownBy(
            () -> wrongPassword.translate(List.of("x"), new LanguagePair("de", "en"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED));

    etranslation.answer(
        request ->
            request.header("Authorization").isEmpty()
                ? speak(request, false, false)
                : Reply.text(200, "4712"));
    assertThatThrownBy(
            () ->
                provider(Duration.ofMillis(300))
                    .translate(List.of("x"), new LanguagePair("de", "en"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.UNAVAILABLE));
    assertThat(callbacks.pending()).isZero();
  }
}
