package eu.digilabs.hub.translation;

import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The eTranslation requests waiting for their answer. eTranslation answers asynchronously: it calls
 * the hub back with the external reference the hub sent. References are random (128 bits), so only
 * the service that received one can answer it; an unknown or late reference is ignored. The waiting
 * is per process: with several hub nodes, eTranslation's callbacks must reach the node that asked
 * (one node, or a sticky route for {@code /translation/etranslation/}).
 */
@Component
class ETranslationCallbacks {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();

  /** A new reference and the answer it will bring. */
  Waiting register() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String reference = HexFormat.of().formatHex(bytes);
    CompletableFuture<String> answer = new CompletableFuture<>();
    waiting.put(reference, answer);
    return new Waiting(reference, answer);
  }

  /** A translation arrived; whether anyone was waiting for it. */
  boolean translated(String reference, String text) {
    CompletableFuture<String> answer = waiting.remove(reference);
    return answer != null && answer.complete(text);
  }

  /** eTranslation reports that it could not translate. */
  boolean failed(String reference, String code, String message) {
    CompletableFuture<String> answer = waiting.remove(reference);
    return answer != null
        && answer.completeExceptionally(
            new TranslationFailure(
                Reason.REFUSED,
                "eTranslation could not translate: " + printable(code) + " " + printable(message)));
  }

  /** What the caller sent, fit for a log line: no control characters, at most 200 characters. */
  private static String printable(String text) {
    String flat = text.replaceAll("\\p{Cntrl}", " ");
    return flat.length() > 200 ? flat.substring(0, 200) : flat;
  }

  /** Stops waiting (the time is up, or the request was refused). */
  void forget(String reference) {
    waiting.remove(reference);
  }

  /** How many answers are awaited, for tests and health. */
  int pending() {
    return waiting.size();
  }

  /** One awaited answer. */
  record Waiting(String reference, CompletableFuture<String> answer) {}
}
