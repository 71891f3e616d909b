package eu.digilabs.hub.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code hub.knowledge}.
 *
 * @param maxAttachmentSize the largest file an article may have attached (default 20 MB)
 */
@ConfigurationProperties("hub.knowledge")
public record KnowledgeProperties(DataSize maxAttachmentSize) {

  public KnowledgeProperties {
    maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(20) : maxAttachmentSize;
  }
}
