package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.TEXT;
import static eu.digilabs.hub.search.SearchFields.TEXT_DE;
import static eu.digilabs.hub.search.SearchFields.TEXT_EN;

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
 * The text of an indexed item: what results show as their snippet, highlighted. Indexed as {@link
 * SearchFields#TEXT} (plain), {@link SearchFields#TEXT_DE} and {@link SearchFields#TEXT_EN}, see
 * {@link MultilingualField}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@PropertyMapping(
    processor = @PropertyMappingAnnotationProcessorRef(type = SearchText.Processor.class))
public @interface SearchText {

  /** Whether results can show it (stored in the index). */
  boolean projectable() default true;

  /** Whether results can show it with the query's words highlighted. */
  boolean highlightable() default true;

  /** Maps the annotated property for Hibernate Search. */
  class Processor implements PropertyMappingAnnotationProcessor<SearchText> {

    @Override
    public void process(
        PropertyMappingStep property,
        SearchText annotation,
        PropertyMappingAnnotationProcessorContext context) {
      new MultilingualField(TEXT, TEXT_DE, TEXT_EN)
          .map(property, annotation.projectable(), annotation.highlightable());
    }
  }
}
