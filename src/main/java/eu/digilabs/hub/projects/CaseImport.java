package eu.digilabs.hub.projects;

import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.shared.ImportReport;
import eu.digilabs.hub.shared.text.Csv;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a case collection (a CSV of public-sector innovation cases) as published projects. A
 * mapping names the columns; values are mapped onto the vocabularies and kept as text when they
 * match nothing. Cases are matched by the dataset's id (or title, if it has no id), so a second run
 * updates and never duplicates.
 */
@Component
class CaseImport {

  /** The fields a mapping may name a column for. */
  static final List<String> FIELDS =
      List.of(
          "id",
          "title",
          "description",
          "url",
          "country",
          "level",
          "organisation",
          "organisationType",
          "start",
          "end",
          "sector",
          "technology",
          "status",
          "type");

  private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:\\.0)?$");
  private static final Pattern DATE = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

  private final Projects projects;
  private final ProjectService service;
  private final LabService labs;
  private final Taxonomy taxonomy;
  private final ApplicationEventPublisher events;
  private final Properties values = new Properties();

  CaseImport(
      Projects projects,
      ProjectService service,
      LabService labs,
      Taxonomy taxonomy,
      ApplicationEventPublisher events) {
    this.projects = projects;
    this.service = service;
    this.labs = labs;
    this.taxonomy = taxonomy;
    this.events = events;
    try (InputStream in = CaseImport.class.getResourceAsStream("/import/values.properties")) {
      values.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The built-in mapping for the IPSO case collection. */
  static Properties ipsoMapping() {
    return mapping("import/ipso.properties");
  }

  /** A column mapping on the classpath, read as a stream (it may be in the jar). */
  static Properties mapping(String resource) {
    Properties mapping = new Properties();
    try (InputStream in = CaseImport.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("The classpath has no " + resource);
      }
      mapping.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return mapping;
  }

  @Transactional
  public ImportReport run(String file, InputStream csv, Properties mapping, ImportReport report) {
    List<Csv.Row> rows;
    try {
      rows = Csv.read(csv);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      report.skipped(file, 1, "The file is not a readable CSV: " + e.getMessage());
      return report;
    }
    String dataset = mapping.getProperty("dataset.name", file).strip();
    String datasetUrl = mapping.getProperty("dataset.url", "").strip();
    String language = mapping.getProperty("language", "en").strip();
    report.addToTotal(rows.size());
    if (!rows.isEmpty() && !rows.get(0).values().containsKey(column(mapping, "title"))) {
      report.skipped(
          file,
          1,
          "The file has no column '"
              + column(mapping, "title")
              + "' for the title; check the mapping.");
      return report;
    }
    Map<String, Project> existing = new HashMap<>();
    projects.findBySourceName(dataset).forEach(p -> existing.put(p.sourceKey(), p));
    Map<String, Long> organisations = new HashMap<>();
    for (Csv.Row row : rows) {
      String title = row.get(column(mapping, "title"));
      String key =
          mapping.containsKey("column.id")
              ? row.get(column(mapping, "id"))
              : normalisedTitle(title);
      if (title.isEmpty()) {
        report.skipped(file, row.line(), "The case has no title.");
        continue;
      }
      if (key.isEmpty()) {
        report.skipped(file, row.line(), "The case has no id.");
        continue;
      }
      if (title.length() > 300) {
        title = Markdown.shorten(title, 300);
      }
      Map<String, String> raw = new LinkedHashMap<>();
      for (String field : FIELDS) {
        if (!List.of("id", "title", "description", "url").contains(field)) {
          String value = row.get(column(mapping, field));
          if (!value.isEmpty()) {
            raw.put(field, value.length() > 2000 ? value.substring(0, 2000) : value);
          }
        }
      }
      String country = countries(raw.get("country")).stream().findFirst().orElse(null);
      String level = mapped(mapping, "level", Vocabulary.LEVEL, raw.get("level")).orElse(null);
      String status = mapped(mapping, "status", Vocabulary.STATUS, raw.get("status")).orElse(null);
      List<String> sectors =
          mapped(mapping, "sector", Vocabulary.POLICY_AREA, raw.get("sector")).stream().toList();
      List<String> technologies =
          mapped(mapping, "technology", Vocabulary.TECHNOLOGY, raw.get("technology")).stream()
              .toList();
      List<Long> partners = new ArrayList<>();
      String organisation = raw.get("organisation");
      if (organisation != null && organisation.length() <= 300) {
        String type =
            mapped(mapping, "organisationType", Vocabulary.ORG_TYPE, raw.get("organisationType"))
                .orElse(null);
        partners.add(
            organisations.computeIfAbsent(
                organisation.toLowerCase(Locale.ROOT),
                n -> labs.organisationNamed(organisation, type, country, false)));
      }
      String description = row.get(column(mapping, "description"));
      String url = row.get(column(mapping, "url"));
      if (!url.matches("^https?://\\S+$") || url.length() > 1000) {
        if (!url.isEmpty()) {
          raw.put("url", url.length() > 2000 ? url.substring(0, 2000) : url);
        }
        url = null;
      }
      ProjectCommand command =
          new ProjectCommand(
              title,
              Markdown.shorten(description.replaceAll("\\s+", " ").strip(), 500),
              description.length() > 20000 ? description.substring(0, 20000) : description,
              null,
              List.of(),
              partners,
              country,
              level,
              sectors,
              List.of(),
              technologies,
              null,
              status,
              date(raw.get("start")),
              null,
              null,
              List.of(),
              null,
              null,
              null,
              List.of(),
              List.of(),
              false,
              null,
              null,
              List.of(),
              taxonomy.exists(Vocabulary.LANGUAGE, language) ? language : null,
              null);
      Project project = existing.get(key);
      if (project == null) {
        project = new Project(command, null);
        project.source(dataset, datasetUrl.isEmpty() ? null : datasetUrl, key, url, raw);
        project.publish();
        projects.save(project);
        existing.put(key, project);
        service.recordImport(project, List.of(), dataset);
        events.publishEvent(new ProjectPublished(project.id()));
        report.created();
      } else {
        List<String> changed = new ArrayList<>(project.apply(command));
        changed.addAll(
            project.source(dataset, datasetUrl.isEmpty() ? null : datasetUrl, key, url, raw));
        if (changed.isEmpty()) {
          report.unchanged();
        } else {
          service.recordImport(project, changed, dataset);
          if (project.published()) {
            events.publishEvent(new PublishedProjectChanged(project.id()));
          }
          report.updated();
        }
      }
    }
    projects.flush();
    return report;
  }

  private static String column(Properties mapping, String field) {
    return mapping.getProperty("column." + field, "").strip();
  }

  private List<String> countries(String text) {
    if (text == null) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    for (String part : text.split("[,;/|]")) {
      taxonomy.resolve(Vocabulary.COUNTRY, part).ifPresent(codes::add);
    }
    return codes;
  }

  /** A vocabulary code for a dataset's value: the mapping's word, ours, or the vocabulary's. */
  private Optional<String> mapped(
      Properties mapping, String field, Vocabulary vocabulary, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    String code =
        mapping.getProperty("value." + field + "." + text, values.getProperty(field + "." + text));
    if (code != null && taxonomy.exists(vocabulary, code)) {
      return Optional.of(code);
    }
    return taxonomy.resolve(vocabulary, text);
  }

  static LocalDate date(String value) {
    if (value == null) {
      return null;
    }
    Matcher year = YEAR.matcher(value.strip());
    if (year.matches()) {
      return LocalDate.of(Integer.parseInt(year.group(1)), 1, 1);
    }
    Matcher date = DATE.matcher(value.strip());
    if (date.find()) {
      try {
        return LocalDate.of(
            Integer.parseInt(date.group(1)),
            Integer.parseInt(date.group(2)),
            Integer.parseInt(date.group(3)));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  private static String normalisedTitle(String title) {
    String key = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return key.length() > 300 ? key.substring(0, 300) : key;
  }
}
