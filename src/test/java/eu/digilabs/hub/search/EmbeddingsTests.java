package eu.digilabs.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding model: bundled, or an ONNX file given by path; long texts in sentence chunks. */
class EmbeddingsTests {

  static final String TEXT =
      "Drones watch rivers during floods and send pictures to the crisis team.";

  static Embeddings bundled() {
    return new Embeddings(new SearchProperties(true, null, null, true, null));
  }

  @Test
  void aCosineCutOffIsTheScoreEveryBackendGivesThatCosine() {
    assertThat(Embeddings.score(1)).isEqualTo(1f);
    assertThat(Embeddings.score(0)).isEqualTo(0.5f);
    assertThat(Embeddings.score(0.45)).isEqualTo(0.725f);
    assertThat(Embeddings.score(-1)).isZero();
  }

  @Test
  void aModelGivenByPathReplacesTheBundledOne(@TempDir Path dir) throws Exception {
    // The bundled model's files, copied out of the jar, stand in for a model an operator provides.
    Path model = copy("all-minilm-l6-v2.onnx", dir);
    Path tokenizer = copy("all-minilm-l6-v2-tokenizer.json", dir);
    Embeddings byPath =
        new Embeddings(
            new SearchProperties(true, model.toString(), tokenizer.toString(), true, null));

    float[] fromFile = byPath.embed(TEXT);
    float[] fromJar = bundled().embed(TEXT);

    assertThat(byPath.model()).isNotSameAs(bundled().model());
    assertThat(fromFile).hasSize(Embeddings.DIMENSION);
    assertThat(cosine(fromFile, fromJar)).isGreaterThan(0.999);
    assertThat(cosine(fromFile, byPath.embed("Steuererklärung für Vereine"))).isLessThan(0.5);
  }

  @Test
  void aMissingModelFileIsAClearError(@TempDir Path dir) {
    Embeddings missing =
        new Embeddings(
            new SearchProperties(
                true,
                dir.resolve("none.onnx").toString(),
                dir.resolve("t.json").toString(),
                true,
                null));
    assertThatThrownBy(() -> missing.embed(TEXT)).hasMessageContaining("none.onnx");
    assertThatThrownBy(() -> new SearchProperties(true, "model.onnx", null, true, null))
        .hasMessageContaining("tokenizer-path");
  }

  @Test
  void longTextsAreCutAtSentencesAndBounded() {
    String sentence = "The lab tested the new service with twelve citizens in the town hall. ";
    var chunks = Embeddings.chunks(sentence.repeat(200));
    assertThat(chunks).hasSize(Embeddings.MAX_CHUNKS);
    assertThat(chunks).allSatisfy(chunk -> assertThat(chunk).endsWith("town hall."));
    assertThat(chunks.get(0).split(" ").length).isLessThanOrEqualTo(Embeddings.CHUNK_WORDS);
    assertThat(Embeddings.chunks("One short line")).containsExactly("One short line");
    // The vector of a long text stays close to what it is about.
    float[] vector = bundled().embed(sentence.repeat(50));
    assertThat(cosine(vector, bundled().embed(sentence))).isGreaterThan(0.8);
    assertThat(bundled().embed("  ")).isNull();
    assertThat(new Embeddings(new SearchProperties(false, null, null, true, null)).embed(TEXT))
        .isNull();
  }

  @Test
  void recentQueriesAreEmbeddedOnce() {
    Embeddings embeddings = bundled();
    float[] first = embeddings.embedQuery("chatbot for citizens");
    assertThat(embeddings.embedQuery("chatbot for citizens")).isSameAs(first);
    assertThat(embeddings.embedQuery("robots in disaster protection")).isNotSameAs(first);
    assertThat(embeddings.embedQuery(" ")).isNull();
  }

  static Path copy(String resource, Path dir) throws Exception {
    Path target = dir.resolve(resource);
    try (InputStream in = EmbeddingsTests.class.getClassLoader().getResourceAsStream(resource)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }
}
