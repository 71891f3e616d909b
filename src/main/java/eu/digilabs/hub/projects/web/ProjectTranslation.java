package eu.digilabs.hub.projects.web;

import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.projects.ProjectView;
import eu.digilabs.hub.projects.ProjectWithdrawn;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.ContentTranslations;
import eu.digilabs.hub.translation.ContentTranslations.Panel;
import eu.digilabs.hub.translation.TranslatableContent;
import eu.digilabs.hub.translation.TranslatableFields;
import eu.digilabs.hub.translation.TranslatableItem;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Projects as translation sees them: title, summary and description; published projects only. */
@Component
class ProjectTranslation implements TranslatableContent {

  private final ContentTranslations translations;
  private final ProjectService projects;
  private final Markdown markdown;
  private final JdbcClient jdbc;

  ProjectTranslation(
      ContentTranslations translations,
      ProjectService projects,
      Markdown markdown,
      JdbcClient jdbc) {
    this.translations = translations;
    this.projects = projects;
    this.markdown = markdown;
    this.jdbc = jdbc;
  }

  @Override
  public String kind() {
    return "project";
  }

  @Override
  public Optional<TranslatableItem> item(long id) {
    return TranslatableContent.found(() -> item(projects.get(id)));
  }

  @Override
  public List<Long> published() {
    return jdbc.sql("select id from project where publication = 'PUBLISHED' order by id")
        .query(Long.class)
        .list();
  }

  /** Drafts are never sent to a provider: only what readers may see is translated. */
  Panel panel(ProjectView project, @Nullable String wanted) {
    return translations.panel(item(project), wanted);
  }

  private TranslatableItem item(ProjectView project) {
    return new TranslatableItem(
        kind(),
        project.id(),
        project.version(),
        project.contentLanguage(),
        project.published(),
        projects.mayEdit(project),
        project.title(),
        "/projects/" + project.id(),
        () ->
            TranslatableFields.of(markdown)
                .text("title", project.title())
                .text("summary", project.summary())
                .markdown("description", project.description()));
  }

  /** A withdrawn or deleted project's translations go with it. */
  @ApplicationModuleListener
  void on(ProjectWithdrawn withdrawn) {
    translations.forget(ItemKeys.of("project", withdrawn.projectId()));
  }
}
