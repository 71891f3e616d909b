package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.shared.startup.StartupTask;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the bundled method cards ({@code knowledge/method-cards.json}, written for this platform,
 * German and English) at start-up in every profile: they are part of the product, not demo content.
 * Cards that exist already are left as they are.
 */
@Component
class MethodToolkit extends StartupTask {

  private static final Logger log = LoggerFactory.getLogger(MethodToolkit.class);

  private final MethodService methods;
  private final JsonMapper json;

  MethodToolkit(MethodService methods, JsonMapper json) {
    this.methods = methods;
    this.json = json;
  }

  @Override
  public int getPhase() {
    return ACCOUNTS + 5;
  }

  @Override
  protected void run() {
    int added = 0;
    try (InputStream in = getClass().getResourceAsStream("/knowledge/method-cards.json")) {
      for (JsonNode card : json.readTree(in)) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (String language : List.of("de", "en")) {
          JsonNode t = card.get(language);
          texts.put(
              language,
              List.of(
                  t.get("title").asString(),
                  t.get("what").asString(),
                  t.get("why").asString(),
                  t.get("steps").asString(),
                  t.get("considerations").asString()));
        }
        if (methods.seed(
            card.get("code").asString(),
            card.get("phase").asString(),
            card.get("minutes").asInt(),
            card.get("peopleMin").asInt(),
            card.get("peopleMax").asInt(),
            texts)) {
          added++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (added > 0) {
      log.info("Method toolkit: {} cards added", added);
    }
  }
}
