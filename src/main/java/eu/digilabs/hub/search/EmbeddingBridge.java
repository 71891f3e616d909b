package eu.digilabs.hub.search;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns an item's text into the {@link SearchFields#EMBEDDING} vector while it is indexed, so the
 * vector follows every committed write like the other fields. Hibernate Search gets it from Spring.
 */
@Component
public class EmbeddingBridge implements ValueBridge<String, float[]> {

  private final Embeddings embeddings;

  EmbeddingBridge(Embeddings embeddings) {
    this.embeddings = embeddings;
  }

  @Override
  public float @Nullable [] toIndexedValue(
      @Nullable String text, ValueBridgeToIndexedValueContext context) {
    return embeddings.embed(text);
  }
}
