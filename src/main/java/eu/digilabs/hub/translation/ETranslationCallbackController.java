package eu.digilabs.hub.translation;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where EU eTranslation delivers its answers ({@link ETranslationProvider}). No session and no CSRF
 * token: the random external reference is the only authority, and it can only complete the one
 * request that is waiting for it. Every call is acknowledged alike, so the endpoint tells nobody
 * which references exist.
 */
@Controller
class ETranslationCallbackController {

  private final ETranslationCallbacks callbacks;

  ETranslationCallbackController(ETranslationCallbacks callbacks) {
    this.callbacks = callbacks;
  }

  /** A text as {@code translated-text}, or a document Base64-encoded in the body. */
  @PostMapping("/translation/etranslation/callback")
  ResponseEntity<Void> translated(
      @RequestParam("external-reference") String reference,
      @RequestParam(name = "translated-text", required = false) @Nullable String text,
      @RequestBody(required = false) @Nullable String body) {
    String answer = text != null ? text : body;
    if (answer != null) {
      callbacks.translated(reference, answer);
    }
    return ResponseEntity.ok().build();
  }

  @PostMapping("/translation/etranslation/error")
  ResponseEntity<Void> failed(
      @RequestParam("external-reference") String reference,
      @RequestParam(name = "error-code", defaultValue = "") String code,
      @RequestParam(name = "error-message", defaultValue = "") String message) {
    callbacks.failed(reference, code, message);
    return ResponseEntity.ok().build();
  }
}
