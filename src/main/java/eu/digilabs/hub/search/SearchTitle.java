package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.TITLE;
import static eu.digilabs.hub.search.SearchFields.TITLE_DE;
import static eu.digilabs.hub.search.SearchFields.TITLE_EN;

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
 * The title of an indexed item: what results show as their link and what weighs most. Indexed as
 * {@link SearchFields#TITLE} (plain), {@link SearchFields#TITLE_DE} and {@link
 * SearchFields#TITLE_EN}, see {@link MultilingualField}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@PropertyMapping(
    processor = @PropertyMappingAnnotationProcessorRef(type = SearchTitle.Processor.class))
public @interface SearchTitle {

  /** Whether results can show it (stored in the index). */
  boolean projectable() default true;

  /** Whether results can show it with the query's words highlighted. */
  boolean highlightable() default true;

  /** Maps the annotated property for Hibernate Search. */
  class Processor implements PropertyMappingAnnotationProcessor<SearchTitle> {

    @Override
    public void process(
        PropertyMappingStep property,
        SearchTitle annotation,
        PropertyMappingAnnotationProcessorContext context) {
      new MultilingualField(TITLE, TITLE_DE, TITLE_EN)
          .map(property, annotation.projectable(), annotation.highlightable());
    }
  }
}
