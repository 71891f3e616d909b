package eu.digilabs.hub.reuse.web;

import eu.digilabs.hub.reuse.SolutionService;
import eu.digilabs.hub.reuse.SolutionView;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.TranslatableContent;
import eu.digilabs.hub.translation.TranslatableFields;
import eu.digilabs.hub.translation.TranslatableItem;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Solutions as translation sees them: name, short description and description. */
@Component
class SolutionTranslation implements TranslatableContent {

  private final SolutionService solutions;
  private final Markdown markdown;
  private final JdbcClient jdbc;

  SolutionTranslation(SolutionService solutions, Markdown markdown, JdbcClient jdbc) {
    this.solutions = solutions;
    this.markdown = markdown;
    this.jdbc = jdbc;
  }

  @Override
  public String kind() {
    return "solution";
  }

  @Override
  public Optional<TranslatableItem> item(long id) {
    return TranslatableContent.found(() -> item(solutions.get(id)));
  }

  @Override
  public List<Long> published() {
    return jdbc.sql("select id from solution where publication = 'PUBLISHED' order by id")
        .query(Long.class)
        .list();
  }

  TranslatableItem item(SolutionView solution) {
    return new TranslatableItem(
        kind(),
        solution.id(),
        solution.version(),
        solution.contentLanguage(),
        solution.published(),
        solutions.mayEdit(solution),
        solution.name(),
        "/solutions/" + solution.id(),
        () ->
            TranslatableFields.of(markdown)
                .text("title", solution.name())
                .text("summary", solution.shortDescription())
                .markdown("description", solution.description()));
  }
}
