package eu.digilabs.hub.projects;

import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.shared.ImportReport;
import eu.digilabs.hub.shared.text.Csv;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
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

  private final Projects projects;
  private final ProjectService service;
  private final LabService labs;
  private final Taxonomy taxonomy;
  private final ApplicationEventPublisher events;
  private final Properties values = CaseVocabulary.values();

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
      mapping.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return mapping;
  }

  @Transactional
  public ImportReport run(
      String file, InputStream csv, Properties mappingFile, ImportReport report) {
    List<Csv.Row> rows;
    try {
      rows = Csv.read(csv);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      report.skipped(file, 1, "The file is not a readable CSV: " + e.getMessage());
      return report;
    }
    CaseMapping mapping = new CaseMapping(mappingFile, values);
    String dataset = mapping.dataset(file);
    report.addToTotal(rows.size());
    if (!rows.isEmpty() && !rows.get(0).values().containsKey(mapping.column("title"))) {
      report.skipped(
          file,
          1,
          "The file has no column '"
              + mapping.column("title")
              + "' for the title; check the mapping.");
      return report;
    }
    Map<String, Project> existing = new HashMap<>();
    projects
        .findBySourceName(dataset)
        .forEach(p -> existing.put(Objects.requireNonNull(p.source()).key(), p));
    Map<String, Long> organisations = new HashMap<>();
    for (Csv.Row row : rows) {
      if (row.get(mapping.column("title")).isEmpty()) {
        report.skipped(file, row.line(), "The case has no title.");
        continue;
      }
      String key = mapping.key(row);
      if (key.isEmpty()) {
        report.skipped(file, row.line(), "The case has no id.");
        continue;
      }
      Map<String, String> raw = mapping.sourceValues(row);
      ProjectCommand command = command(mapping, row, raw, organisations);
      String url = mapping.caseUrl(row);
      Project project = existing.get(key);
      if (project == null) {
        project = new Project(command, null);
        project.source(new ImportedSource(dataset, mapping.datasetUrl(), key, url, raw));
        project.publish();
        projects.save(project);
        existing.put(key, project);
        service.recordImport(project, List.of(), dataset);
        events.publishEvent(new ProjectPublished(project.id()));
        report.created();
      } else {
        List<String> changed = new ArrayList<>(project.apply(command));
        changed.addAll(
            project.source(new ImportedSource(dataset, mapping.datasetUrl(), key, url, raw)));
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

  /** The project a case row describes, with its values mapped onto the vocabularies. */
  private ProjectCommand command(
      CaseMapping mapping, Csv.Row row, Map<String, String> raw, Map<String, Long> organisations) {
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
    String description = mapping.description(row);
    String language = mapping.language();
    return new ProjectCommand(
        mapping.title(row),
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
        CaseMapping.date(raw.get("start")),
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
  }

  private List<String> countries(@Nullable String text) {
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
      CaseMapping mapping, String field, Vocabulary vocabulary, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String code = mapping.valueCode(field, value);
    if (code != null && taxonomy.exists(vocabulary, code)) {
      return Optional.of(code);
    }
    return taxonomy.resolve(vocabulary, value.strip());
  }
}
