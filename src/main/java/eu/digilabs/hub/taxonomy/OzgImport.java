package eu.digilabs.hub.taxonomy;

import eu.digilabs.hub.shared.ImportReport;
import eu.digilabs.hub.shared.text.Csv;
import eu.digilabs.hub.taxonomy.PublicService.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Imports the OZG catalogue export: Themenfelder, Lebenslagen, OZG services (with their OZG-ID) and
 * LeiKa services (with their LeiKa key). Rows are matched by their export id, so running it again
 * with a newer export updates entries and never duplicates them; {@code hidden=1} marks an entry
 * withdrawn. A row that cannot be read is reported with its line, the others are imported.
 */
@Component
class OzgImport {

  static final String SUBJECTS = "ozg_subject.csv";
  static final String SITUATIONS = "ozg_situation.csv";
  static final String OZG_SERVICES = "ozg_service_system.csv";
  static final String LEIKA_SERVICES = "ozg_service.csv";

  private final PublicServices services;

  OzgImport(PublicServices services) {
    this.services = services;
  }

  void run(OzgFiles files, ImportReport report) {
    List<Csv.Row> subjects = read(files, SUBJECTS);
    List<Csv.Row> situations = read(files, SITUATIONS);
    List<Csv.Row> ozg = read(files, OZG_SERVICES);
    List<Csv.Row> leika = read(files, LEIKA_SERVICES);
    report.addToTotal(subjects.size() + situations.size() + ozg.size() + leika.size());
    level(SUBJECTS, subjects, Kind.SUBJECT, null, null, null, report);
    level(SITUATIONS, situations, Kind.SITUATION, Kind.SUBJECT, "subject_id", null, report);
    level(
        OZG_SERVICES, ozg, Kind.OZG_SERVICE, Kind.SITUATION, "situation_id", "service_key", report);
    level(
        LEIKA_SERVICES,
        leika,
        Kind.LEIKA_SERVICE,
        Kind.OZG_SERVICE,
        "service_system_id",
        "service_key",
        report);
  }

  private static List<Csv.Row> read(OzgFiles files, String name) {
    try (InputStream in = files.open(name)) {
      return Csv.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }

  private void level(
      String file,
      List<Csv.Row> rows,
      Kind kind,
      @Nullable Kind parentKind,
      @Nullable String parentColumn,
      @Nullable String keyColumn,
      ImportReport report) {
    Map<Long, PublicService> existing = bySourceId(kind);
    Map<Long, PublicService> parents = parentKind == null ? Map.of() : bySourceId(parentKind);
    for (Csv.Row row : rows) {
      Long sourceId = number(row.get("id"));
      String name = row.get("name");
      if (sourceId == null) {
        report.skipped(file, row.line(), "id is missing or not a number: '" + row.get("id") + "'");
        continue;
      }
      if (name.isEmpty()) {
        report.skipped(file, row.line(), "name is missing");
        continue;
      }
      Long parentId = null;
      if (parentColumn != null && row.has(parentColumn)) {
        Long parentSource = number(row.get(parentColumn));
        PublicService parent = parentSource == null ? null : parents.get(parentSource);
        if (parent == null) {
          report.skipped(
              file,
              row.line(),
              parentColumn + " '" + row.get(parentColumn) + "' is not in the catalogue");
          continue;
        }
        parentId = parent.id();
      }
      String key = keyColumn == null ? null : key(row.get(keyColumn));
      String description = row.get("description");
      boolean withdrawn = "1".equals(row.get("hidden"));
      PublicService entry = existing.get(sourceId);
      if (entry == null) {
        entry = new PublicService(kind, sourceId, name);
        entry.apply(parentId, key, name, description.isEmpty() ? null : description, withdrawn);
        services.save(entry);
        existing.put(sourceId, entry);
        report.created();
      } else if (entry.apply(
          parentId, key, name, description.isEmpty() ? null : description, withdrawn)) {
        report.updated();
      } else {
        report.unchanged();
      }
    }
    services.flush();
  }

  /** OZG-IDs and LeiKa keys are digits; values such as nicht im LeiKa mean: no key. */
  private static @Nullable String key(String value) {
    return value.matches("\\d{1,20}") ? value : null;
  }

  private static @Nullable Long number(String value) {
    try {
      return value.isEmpty() ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Map<Long, PublicService> bySourceId(Kind kind) {
    Map<Long, PublicService> map = new HashMap<>();
    services.findByKind(kind).forEach(s -> map.put(s.sourceId(), s));
    return map;
  }
}
