package eu.digilabs.hub.labs.web;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.labs.LabView;
import eu.digilabs.hub.shared.text.LanguageDetection;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.ContentTranslations;
import eu.digilabs.hub.translation.ContentTranslations.Panel;
import eu.digilabs.hub.translation.TranslatableContent;
import eu.digilabs.hub.translation.TranslatableFields;
import eu.digilabs.hub.translation.TranslatableItem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Labs as translation sees them: their description (a lab's name is its own and stays). A lab
 * records the languages it works in, not the one its profile is written in, so that language is
 * detected from the description.
 */
@Component
class LabTranslation implements TranslatableContent {

  private final ContentTranslations translations;
  private final LabService labs;
  private final Markdown markdown;
  private final JdbcClient jdbc;
  private final Rights rights;

  LabTranslation(
      ContentTranslations translations,
      LabService labs,
      Markdown markdown,
      JdbcClient jdbc,
      Rights rights) {
    this.translations = translations;
    this.labs = labs;
    this.markdown = markdown;
    this.jdbc = jdbc;
    this.rights = rights;
  }

  @Override
  public String kind() {
    return "lab";
  }

  @Override
  public Optional<TranslatableItem> item(long id) {
    return TranslatableContent.found(() -> item(labs.shown(id), rights.editorOf(id)));
  }

  @Override
  public List<Long> published() {
    return jdbc.sql("select id from lab order by id").query(Long.class).list();
  }

  /** The lab page's panel; the page knows already whether the reader may edit the lab. */
  Panel panel(LabView lab, @Nullable String wanted, boolean mayEdit) {
    return translations.panel(item(lab, mayEdit), wanted);
  }

  /**
   * The language the lab's description is written in, when it can be told: detected once per
   * version of the lab, from the description's beginning.
   */
  @Nullable String language(LabView lab) {
    String description = lab.description();
    if (description == null || description.isBlank()) {
      return null;
    }
    Detected known = detected.get(lab.id());
    if (known == null || known.version() != lab.version()) {
      String sample = description.substring(0, Math.min(description.length(), SAMPLE));
      known = new Detected(lab.version(), LanguageDetection.of(sample).orElse(""));
      detected.put(lab.id(), known);
    }
    return known.language().isEmpty() ? null : known.language();
  }

  /** How much of a description its language is told from. */
  static final int SAMPLE = 1000;

  /** A lab version's detected language; empty when it could not be told. */
  private record Detected(long version, String language) {}

  private final Map<Long, Detected> detected = new ConcurrentHashMap<>();

  private TranslatableItem item(LabView lab, boolean mayEdit) {
    String description = lab.description();
    return new TranslatableItem(
        kind(),
        lab.id(),
        lab.version(),
        language(lab),
        description != null && !description.isBlank(),
        mayEdit,
        lab.name(),
        "/labs/" + lab.id(),
        () -> TranslatableFields.of(markdown).markdown("description", description));
  }
}
