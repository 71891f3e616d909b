package eu.digilabs.hub.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import eu.digilabs.hub.shared.Recent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Meaning vectors for items and queries, computed in-process by all-MiniLM-L6-v2 (bundled) or an
 * ONNX model given by path. Nothing leaves the machine.
 *
 * <p>The model reads at most 256 word pieces, so a long text is cut at sentence boundaries into
 * chunks of about {@value #CHUNK_WORDS} words; the item's vector is the mean of its chunks' vectors
 * weighted by their length, normalised. Only the first {@value #MAX_CHUNKS} chunks count: they
 * carry the title and summary, and the cost of indexing stays bounded.
 */
@Component
public class Embeddings {

  public static final int DIMENSION = 384;
  static final int CHUNK_WORDS = 120;
  static final int MAX_CHUNKS = 8;

  private static final Logger log = LoggerFactory.getLogger(Embeddings.class);

  /**
   * The k-NN score of a cosine similarity, {@code (1 + cos) / 2}, as the embedded index,
   * Elasticsearch and OpenSearch all score cosine vectors. Cut-offs are given to queries as scores:
   * Hibernate Search passes a "minimum similarity" to OpenSearch as a maximum distance ({@code 1 -
   * cos}), a stricter cut than the same number on the embedded index.
   */
  static float score(double cosine) {
    return (float) ((1 + cosine) / 2);
  }

  /** Models are large and thread-safe: one per file, shared by every application context. */
  private static final Map<String, EmbeddingModel> MODELS = new ConcurrentHashMap<>();

  /** Recent queries' vectors: paging and facet clicks repeat the query. */
  static final int QUERY_CACHE = 512;

  private final SearchProperties properties;
  private final Map<String, float[]> queries = Recent.map(QUERY_CACHE);

  Embeddings(SearchProperties properties) {
    this.properties = properties;
  }

  /** A query's vector, from the cache of recent queries when it was asked lately. */
  public float @Nullable [] embedQuery(@Nullable String query) {
    if (!enabled() || query == null || query.isBlank()) {
      return null;
    }
    float[] cached = queries.get(query);
    if (cached == null) {
      cached = embed(query);
      if (cached != null) {
        queries.put(query, cached);
      }
    }
    return cached;
  }

  public boolean enabled() {
    return properties.embeddings();
  }

  /** The text's vector (unit length), or null when embeddings are off or there is no text. */
  public float @Nullable [] embed(@Nullable String text) {
    if (!enabled() || text == null || text.isBlank()) {
      return null;
    }
    List<String> chunks = chunks(text).stream().filter(Embeddings::hasWords).toList();
    if (chunks.isEmpty()) {
      return null;
    }
    var vectors = model().embedAll(chunks.stream().map(TextSegment::from).toList()).content();
    float[] sum = new float[DIMENSION];
    for (int i = 0; i < chunks.size(); i++) {
      float weight = chunks.get(i).length();
      float[] vector = vectors.get(i).vector();
      for (int d = 0; d < DIMENSION; d++) {
        sum[d] += weight * vector[d];
      }
    }
    return normalised(sum);
  }

  /** Whether the text has anything to embed: a letter or a digit. */
  static boolean hasWords(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** Cuts text into chunks of whole sentences of about {@value #CHUNK_WORDS} words each. */
  static List<String> chunks(String text) {
    return chunks(text, CHUNK_WORDS, MAX_CHUNKS);
  }

  /**
   * Cuts text into at most {@code max} chunks of whole sentences of about {@code size} words each
   * (a longer sentence stays whole): what one vector can stand for.
   */
  public static List<String> chunks(String text, int size, int max) {
    List<String> chunks = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    int words = 0;
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    String clean = text.strip().replaceAll("\\s+", " ");
    sentences.setText(clean);
    int start = sentences.first();
    for (int end = sentences.next();
        end != BreakIterator.DONE;
        start = end, end = sentences.next()) {
      String sentence = clean.substring(start, end);
      int count = sentence.split(" ").length;
      if (words > 0 && words + count > size) {
        chunks.add(chunk.toString().strip());
        if (chunks.size() == max) {
          return chunks;
        }
        chunk.setLength(0);
        words = 0;
      }
      chunk.append(sentence);
      words += count;
    }
    if (!chunk.toString().isBlank() || chunks.isEmpty()) {
      chunks.add(chunk.toString().strip());
    }
    return chunks;
  }

  private static float[] normalised(float[] vector) {
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    if (norm == 0) {
      return vector;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < vector.length; d++) {
      vector[d] *= scale;
    }
    return vector;
  }

  EmbeddingModel model() {
    String modelPath = properties.modelPath();
    return MODELS.computeIfAbsent(modelPath == null ? "bundled" : modelPath, k -> load());
  }

  private EmbeddingModel load() {
    long started = System.nanoTime();
    EmbeddingModel model;
    String modelPath = properties.modelPath();
    String tokenizerPath = properties.tokenizerPath();
    if (modelPath == null || tokenizerPath == null) {
      model = new AllMiniLmL6V2EmbeddingModel();
    } else {
      Path file = Path.of(modelPath);
      Path tokenizer = Path.of(tokenizerPath);
      if (!Files.isReadable(file) || !Files.isReadable(tokenizer)) {
        throw new IllegalStateException(
            "The embedding model " + file + " or its tokenizer " + tokenizer + " is not readable");
      }
      model = new OnnxEmbeddingModel(file, tokenizer, PoolingMode.MEAN);
    }
    if (model.dimension() != DIMENSION) {
      throw new IllegalStateException(
          "The embedding model gives "
              + model.dimension()
              + " dimensions; the index expects "
              + DIMENSION);
    }
    log.info(
        "Embedding model {} loaded in {} ms",
        modelPath == null ? "all-MiniLM-L6-v2 (bundled)" : modelPath,
        (System.nanoTime() - started) / 1_000_000);
    return model;
  }
}
