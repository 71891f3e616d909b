package eu.digilabs.hub.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every module shares ({@code hub.*}).
 *
 * @param dataDir where the embedded database, uploads and (later) indexes live; bound as text
 *     because relative paths such as {@code ../data} do not survive conversion to a resource
 * @param baseUrl the public address, for links in mails
 */
@ConfigurationProperties("hub")
public record HubProperties(String dataDir, String baseUrl) {

  public HubProperties {
    dataDir = dataDir == null || dataDir.isBlank() ? "./data" : dataDir.strip();
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
    if (baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
  }

  public Path dataPath() {
    return Path.of(dataDir);
  }
}
