package eu.digilabs.hub.projects.web;

import eu.digilabs.hub.projects.ProjectView;
import eu.digilabs.hub.projects.ProjectWithdrawn;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.ContentTranslations;
import eu.digilabs.hub.translation.ContentTranslations.Panel;
import eu.digilabs.hub.translation.ContentTranslations.Source;
import eu.digilabs.hub.web.Languages;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What a project page shows of translation: its title, summary and description, for published
 * projects only.
 */
@Component
class ProjectTranslation {

  private final ContentTranslations translations;
  private final Markdown markdown;

  ProjectTranslation(ContentTranslations translations, Markdown markdown) {
    this.translations = translations;
    this.markdown = markdown;
  }

  /** Drafts are never sent to a provider: only what readers may see is translated. */
  Panel panel(ProjectView project, @Nullable String wanted) {
    if (!project.published()) {
      return Panel.none();
    }
    return translations.panel(
        ItemKeys.of("project", project.id()),
        project.version(),
        project.contentLanguage(),
        Languages.supported(LocaleContextHolder.getLocale()),
        wanted,
        () -> fields(project));
  }

  /** A withdrawn or deleted project's translations go with it. */
  @ApplicationModuleListener
  void on(ProjectWithdrawn withdrawn) {
    translations.forget(ItemKeys.of("project", withdrawn.projectId()));
  }

  private Map<String, Source> fields(ProjectView project) {
    Map<String, Source> fields = new LinkedHashMap<>();
    fields.put("title", new Source(project.title(), false));
    if (project.summary() != null) {
      fields.put("summary", new Source(project.summary(), false));
    }
    if (project.description() != null) {
      fields.put("description", new Source(markdown.html(project.description()), true));
    }
    return fields;
  }
}
