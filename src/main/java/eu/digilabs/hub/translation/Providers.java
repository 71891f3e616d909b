package eu.digilabs.hub.translation;

import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.net.URI;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the providers' clients share: addresses as folders, and JSON answers read safely. */
final class Providers {

  private Providers() {}

  /** The address with a trailing slash, so relative paths resolve below it. */
  static URI folder(URI base) {
    String text = base.toString();
    return URI.create(text.endsWith("/") ? text : text + "/");
  }

  /** The answer as JSON; an answer that is not JSON means the service is not itself. */
  static JsonNode parse(JsonMapper json, String body, String provider) {
    try {
      return json.readTree(body);
    } catch (JacksonException e) {
      throw new TranslationFailure(Reason.UNAVAILABLE, provider + " answered no JSON", 0, e);
    }
  }
}
