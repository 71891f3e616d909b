package eu.digilabs.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.HubTest;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The index schema every module's entities map to: field names, analyzers and options. An index
 * written by an earlier build must keep working, so any change here needs a new {@link
 * IndexCheck#FORMAT}. The expected schema is {@code search/index-schema.txt}; the schema of this
 * build is written to {@code target/index-schema.txt} beside it.
 */
@HubTest
class IndexSchemaTests {

  static final String EXPECTED = "/search/index-schema.txt";

  @Autowired EntityManagerFactory entityManagerFactory;

  @Test
  void theIndexedFieldsAreThoseOfTheCurrentFormat() throws IOException {
    String schema =
        Search.mapping(entityManagerFactory).allIndexedEntities().stream()
            .sorted(Comparator.comparing(SearchIndexedEntity::jpaName))
            .map(entity -> describe(entity.jpaName(), entity.indexManager().descriptor()))
            .collect(Collectors.joining());
    Files.writeString(Path.of("target", "index-schema.txt"), schema);
    try (var expected = IndexSchemaTests.class.getResourceAsStream(EXPECTED)) {
      assertThat(schema).isEqualTo(new String(expected.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /**
   * Every type searched together carries the vector field: a cluster's k-NN query fails on an index
   * without it (the embedded index would only find nothing there).
   */
  @Test
  void everyIndexedTypeHasTheVectorField() {
    assertThat(Search.mapping(entityManagerFactory).allIndexedEntities())
        .allSatisfy(
            entity ->
                assertThat(entity.indexManager().descriptor().field(SearchFields.EMBEDDING))
                    .as(entity.jpaName())
                    .isPresent());
  }

  private static String describe(String entity, IndexDescriptor index) {
    TreeSet<String> fields = new TreeSet<>();
    for (IndexFieldDescriptor field : index.staticFields()) {
      if (field.isValueField()) {
        fields.add(field.absolutePath() + " " + describe(field.toValueField().type()));
      }
    }
    return entity + "\n" + fields.stream().map(f -> "  " + f + "\n").collect(Collectors.joining());
  }

  private static String describe(IndexValueFieldTypeDescriptor type) {
    return String.join(
        " ",
        type.valueClass().getSimpleName(),
        type.searchable() ? "searchable" : "-",
        type.projectable() ? "projectable" : "-",
        type.sortable() ? "sortable" : "-",
        type.aggregable() ? "aggregable" : "-",
        type.analyzerName().orElse("-"),
        type.searchAnalyzerName().orElse("-"),
        type.normalizerName().orElse("-"),
        new TreeSet<>(type.traits()).toString());
  }
}
