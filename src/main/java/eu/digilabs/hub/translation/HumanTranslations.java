package eu.digilabs.hub.translation;

import eu.digilabs.hub.shared.SqlTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translations made or corrected by people with the right to edit the item. They replace the
 * machine's for every reader, are never overwritten by it, and stay when the original changes (the
 * page then marks them outdated). What the person wrote is kept as written (Markdown for Markdown
 * fields), so the next correction starts from it.
 */
@Component
class HumanTranslations {

  private final JdbcClient jdbc;

  HumanTranslations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What a person wrote for each field, by field; empty when nobody has. */
  Map<String, String> written(String itemKey, String to) {
    Map<String, String> written = new HashMap<>();
    jdbc.sql(
            "select field, human_source from translation_cache where item_key = ?"
                + " and target_language = ? and human = true and human_source is not null")
        .params(itemKey, to)
        .query(
            row -> {
              written.put(row.getString(1), row.getString(2));
            });
    return written;
  }

  /**
   * Keeps a person's translation of all fields at once.
   *
   * @param shown each field as pages show it (HTML for Markdown fields, already safe)
   * @param written each field as the person wrote it
   */
  @Transactional
  void save(
      TranslatableItem item, String to, Map<String, String> shown, Map<String, String> written) {
    String from = java.util.Objects.requireNonNull(item.language(), "an item in a known language");
    Instant now = Instant.now();
    shown.forEach(
        (field, text) -> {
          jdbc.sql(
                  "delete from translation_cache where item_key = ? and target_language = ?"
                      + " and field = ?")
              .params(item.key(), to, field)
              .update();
          jdbc.sql(
                  """
                  insert into translation_cache (item_key, target_language, field, item_version,
                    source_language, translated_text, provider, human, created_at, human_source)
                  values (?, ?, ?, ?, ?, ?, '', true, ?, ?)
                  """)
              .params(
                  item.key(),
                  to,
                  field,
                  item.version(),
                  from,
                  text,
                  SqlTime.of(now),
                  written.getOrDefault(field, text))
              .update();
        });
  }
}
