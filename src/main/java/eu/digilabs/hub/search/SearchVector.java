package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.EMBEDDING;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorRef;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;

/**
 * The text an indexed item's meaning vector is computed from ({@link EmbeddingBridge}), indexed as
 * {@link SearchFields#EMBEDDING}: the field similar items and hybrid ranking search. The graph's
 * tuning is here, once for every entity.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@PropertyMapping(
    processor = @PropertyMappingAnnotationProcessorRef(type = SearchVector.Processor.class))
public @interface SearchVector {

  /**
   * Neighbours per node of the HNSW graph: 32, not Lucene's 16, because recall broke down with many
   * identical vectors (docs/performance.md).
   */
  int M = 32;

  /** Candidates looked at while the graph is built. */
  int EF_CONSTRUCTION = 200;

  /** Whether the vector can be read back from the index (for "similar items" of this item). */
  boolean projectable() default true;

  /** Maps the annotated property for Hibernate Search. */
  class Processor implements PropertyMappingAnnotationProcessor<SearchVector> {

    @Override
    public void process(
        PropertyMappingStep property,
        SearchVector annotation,
        PropertyMappingAnnotationProcessorContext context) {
      var vector =
          property
              .vectorField(Embeddings.DIMENSION, EMBEDDING)
              .vectorSimilarity(VectorSimilarity.COSINE)
              .m(M)
              .efConstruction(EF_CONSTRUCTION)
              .valueBridge(EmbeddingBridge.class);
      if (annotation.projectable()) {
        vector.projectable(Projectable.YES);
      }
    }
  }
}
