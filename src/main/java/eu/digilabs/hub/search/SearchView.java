package eu.digilabs.hub.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorRef;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;

/**
 * A getter returning an object whose annotated getters are more search fields of the item, placed
 * at the top of the item's document (no prefix): for fields computed from an entity, so that the
 * entity keeps what it is and the view how it is found. The fields are mapped by annotations like
 * every other item's, so queries over several indexes see one kind of field. Pair it with
 * {@code @IndexingDependency(derivedFrom = ...)} naming the properties the view is computed from.
 */
@Documented
@Target({ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@PropertyMapping(
    processor = @PropertyMappingAnnotationProcessorRef(type = SearchView.Processor.class))
public @interface SearchView {

  /** Maps the annotated property for Hibernate Search. */
  class Processor implements PropertyMappingAnnotationProcessor<SearchView> {

    @Override
    public void process(
        PropertyMappingStep property,
        SearchView annotation,
        PropertyMappingAnnotationProcessorContext context) {
      property.indexedEmbedded().prefix("");
    }
  }
}
