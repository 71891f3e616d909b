package eu.digilabs.hub.projects;

import static eu.digilabs.hub.search.SearchFields.ESTONIAN;
import static eu.digilabs.hub.search.SearchFields.FRENCH;
import static eu.digilabs.hub.search.SearchFields.KEY;
import static eu.digilabs.hub.search.SearchFields.TEXT_ET;
import static eu.digilabs.hub.search.SearchFields.TEXT_FR;
import static eu.digilabs.hub.search.SearchFields.TITLE_ET;
import static eu.digilabs.hub.search.SearchFields.TITLE_FR;
import static eu.digilabs.hub.search.SearchFields.TYPE;
import static eu.digilabs.hub.search.SearchFields.VISIBLE;
import static eu.digilabs.hub.search.SearchFields.YEAR;
import static eu.digilabs.hub.search.SearchFields.onlyIn;

import java.util.List;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * The search fields derived from a project rather than stored in it: its key and type, whether it
 * is published, the year it started (a facet), and its title and text analysed as French or
 * Estonian when it is written in that language (imported cases are). Kept out of {@link Project} so
 * that the entity says what a project is and this class how it is found.
 */
public class ProjectSearchFields implements TypeBinder {

  @Override
  public void bind(TypeBindingContext context) {
    context
        .dependencies()
        .use("id")
        .use("title")
        .use("summary")
        .use("description")
        .use("contentLanguage")
        .use("startDate")
        .use("publication");
    IndexSchemaElement schema = context.indexSchemaElement();
    context.bridge(
        Project.class,
        new Bridge(
            schema.field(KEY, f -> f.asString()).toReference(),
            schema
                .field(
                    TYPE, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                .toReference(),
            text(schema, TITLE_FR, FRENCH),
            text(schema, TEXT_FR, FRENCH),
            text(schema, TITLE_ET, ESTONIAN),
            text(schema, TEXT_ET, ESTONIAN),
            schema.field(YEAR, f -> f.asInteger().aggregable(Aggregable.YES)).toReference(),
            schema.field(VISIBLE, f -> f.asBoolean()).toReference()));
  }

  private static IndexFieldReference<String> text(
      IndexSchemaElement schema, String name, String analyzer) {
    return schema.field(name, f -> f.asString().analyzer(analyzer)).toReference();
  }

  private record Bridge(
      IndexFieldReference<String> key,
      IndexFieldReference<String> type,
      IndexFieldReference<String> titleFr,
      IndexFieldReference<String> textFr,
      IndexFieldReference<String> titleEt,
      IndexFieldReference<String> textEt,
      IndexFieldReference<Integer> year,
      IndexFieldReference<Boolean> visible)
      implements TypeBridge<Project> {

    @Override
    public void write(DocumentElement target, Project project, TypeBridgeWriteContext context) {
      target.addValue(key, "project:" + project.id());
      target.addValue(type, "project");
      String language = project.contentLanguage();
      List<String> languages = language == null ? List.of() : List.of(language);
      target.addValue(titleFr, onlyIn("fr", languages, project.title()));
      target.addValue(textFr, onlyIn("fr", languages, project.summary(), project.description()));
      target.addValue(titleEt, onlyIn("et", languages, project.title()));
      target.addValue(textEt, onlyIn("et", languages, project.summary(), project.description()));
      if (project.startDate() != null) {
        target.addValue(year, project.startDate().getYear());
      }
      target.addValue(visible, project.published());
    }
  }
}
