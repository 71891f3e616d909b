package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.BODY;
import static eu.digilabs.hub.search.SearchFields.BODY_DE;
import static eu.digilabs.hub.search.SearchFields.BODY_EN;

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
 * The longer text of an indexed item (a description, an article): searched, never shown. Indexed as
 * {@link SearchFields#BODY} (plain), {@link SearchFields#BODY_DE} and {@link SearchFields#BODY_EN},
 * see {@link MultilingualField}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@PropertyMapping(
    processor = @PropertyMappingAnnotationProcessorRef(type = SearchBody.Processor.class))
public @interface SearchBody {

  /** Maps the annotated property for Hibernate Search. */
  class Processor implements PropertyMappingAnnotationProcessor<SearchBody> {

    @Override
    public void process(
        PropertyMappingStep property,
        SearchBody annotation,
        PropertyMappingAnnotationProcessorContext context) {
      new MultilingualField(BODY, BODY_DE, BODY_EN).map(property, false, false);
    }
  }
}
