package eu.digilabs.hub.search;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search settings ({@code hub.search.*}).
 *
 * @param embeddings whether items and queries get meaning vectors (all-MiniLM-L6-v2, in-process);
 *     off, search is lexical only and detail pages show no similar items
 * @param modelPath an ONNX sentence-embedding model file replacing the bundled one (384 dimensions,
 *     mean pooling); needs {@code tokenizerPath}; null for the bundled one
 * @param tokenizerPath the model's {@code tokenizer.json}; null for the bundled one
 * @param hybrid whether the search page fuses lexical and vector results (reciprocal rank fusion)
 *     or ranks by words only
 * @param minSimilarity the cosine similarity a vector-only result needs to be shown
 *     <p>Settings left unset arrive as null and take their defaults here, so none is null after.
 */
@ConfigurationProperties("hub.search")
public record SearchProperties(
    Boolean embeddings,
    @Nullable String modelPath,
    @Nullable String tokenizerPath,
    Boolean hybrid,
    Double minSimilarity) {

  public SearchProperties {
    embeddings = embeddings == null || embeddings;
    modelPath = modelPath == null || modelPath.isBlank() ? null : modelPath.strip();
    tokenizerPath = tokenizerPath == null || tokenizerPath.isBlank() ? null : tokenizerPath.strip();
    hybrid = hybrid == null || hybrid;
    minSimilarity = minSimilarity == null ? 0.45 : minSimilarity;
    if ((modelPath == null) != (tokenizerPath == null)) {
      throw new IllegalArgumentException(
          "hub.search.model-path and hub.search.tokenizer-path must be set together");
    }
  }
}
