package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * eTranslation's callbacks reach the hub without a session or CSRF token, as the service sends
 * them, and complete only the request whose reference they carry.
 */
@HubTest
class ETranslationCallbackTests {

  @Autowired MockMvc mvc;
  @Autowired ETranslationCallbacks callbacks;

  @Test
  void aTextCallbackWithoutSessionCompletesItsRequest() throws Exception {
    ETranslationCallbacks.Waiting waiting = callbacks.register();
    mvc.perform(
            post("/translation/etranslation/callback")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("request-id", "4711")
                .param("target-language", "EN")
                .param("external-reference", waiting.reference())
                .param("translated-text", "The lab"))
        .andExpect(status().isOk());
    assertThat(waiting.answer().get(1, TimeUnit.SECONDS)).isEqualTo("The lab");
  }

  @Test
  void aDocumentArrivesInTheBody() throws Exception {
    ETranslationCallbacks.Waiting waiting = callbacks.register();
    String document =
        Base64.getEncoder().encodeToString("<p>The lab</p>".getBytes(StandardCharsets.UTF_8));
    mvc.perform(
            post("/translation/etranslation/callback?request-id=1&external-reference="
                    + waiting.reference())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(document))
        .andExpect(status().isOk());
    assertThat(waiting.answer().get(1, TimeUnit.SECONDS)).isEqualTo(document);
  }

  @Test
  void anErrorCallbackFailsItsRequestAndAnUnknownReferenceChangesNothing() throws Exception {
    ETranslationCallbacks.Waiting waiting = callbacks.register();
    ETranslationCallbacks.Waiting other = callbacks.register();
    mvc.perform(
            post("/translation/etranslation/callback")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("external-reference", "0123456789abcdef0123456789abcdef")
                .param("translated-text", "forged"))
        .andExpect(status().isOk());
    mvc.perform(
            post("/translation/etranslation/error")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("external-reference", waiting.reference())
                .param("error-code", "-20000")
                .param("error-message", "source language not supported"))
        .andExpect(status().isOk());
    assertThat(waiting.answer()).isCompletedExceptionally();
    try {
      waiting.answer().get();
    } catch (ExecutionException e) {
      assertThat(e.getCause()).hasMessageContaining("-20000");
    }
    assertThat(other.answer()).isNotDone();
    callbacks.forget(other.reference());
  }
}
