package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.ENGLISH;
import static eu.digilabs.hub.search.SearchFields.GERMAN;
import static eu.digilabs.hub.search.SearchFields.GERMAN_QUERY;
import static eu.digilabs.hub.search.SearchFields.PLAIN;

import java.util.List;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingFullTextFieldOptionsStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;

/**
 * One text indexed three ways, the mapping behind {@link SearchTitle}, {@link SearchText} and
 * {@link SearchBody}: plain, German (compounds split when indexed, not when queried) and English.
 *
 * @param plain the plain field, the one results show
 * @param german the German field
 * @param english the English field
 */
record MultilingualField(String plain, String german, String english) {

  /**
   * Maps the property to the three fields; {@code projectable} and {@code highlightable} concern
   * the plain field, which results show.
   */
  void map(PropertyMappingStep property, boolean projectable, boolean highlightable) {
    PropertyMappingFullTextFieldOptionsStep shown = property.fullTextField(plain).analyzer(PLAIN);
    if (projectable) {
      shown.projectable(Projectable.YES);
    }
    if (highlightable) {
      shown.highlightable(List.of(Highlightable.ANY));
    }
    property.fullTextField(german).analyzer(GERMAN).searchAnalyzer(GERMAN_QUERY);
    property.fullTextField(english).analyzer(ENGLISH);
  }
}
