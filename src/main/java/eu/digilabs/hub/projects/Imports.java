package eu.digilabs.hub.projects;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.ImportReport;
import eu.digilabs.hub.taxonomy.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs imports: directly (start-up) or as background jobs with progress (admin page). One job runs
 * at a time; each file is one transaction, so a failed file changes nothing.
 */
@Service
public class Imports {

  private static final Logger log = LoggerFactory.getLogger(Imports.class);

  /** A background import and what it has done so far. */
  public record Job(
      String id,
      String name,
      Instant started,
      ImportReport report,
      State state,
      @Nullable String error) {}

  /** Where a job stands. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  private final CaseImport cases;
  private final Catalogue catalogue;
  private final Rights rights;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "hub-import");
            thread.setDaemon(true);
            return thread;
          });
  private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>());

  Imports(CaseImport cases, Catalogue catalogue, Rights rights) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.rights = rights;
  }

  /** Imports a case CSV with the IPSO layout, or with the given mapping. */
  public ImportReport importCases(Path csv, @Nullable Path mappingFile, ImportReport report) {
    Properties mapping = mappingFile == null ? CaseImport.ipsoMapping() : load(mappingFile);
    try (InputStream in = Files.newInputStream(csv)) {
      return cases.run(csv.getFileName().toString(), in, mapping, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ImportReport importOzg(Path folder, ImportReport report) {
    return catalogue.importOzg(folder, report);
  }

  /** Starts an import of uploaded files in the background; admins only. */
  public String start(String name, Consumer<ImportReport> work) {
    rights.requireAdmin();
    return submit(name, work);
  }

  /** Starts an import the platform runs itself (the reference data): no user, no rights check. */
  String submit(String name, Consumer<ImportReport> work) {
    String id = UUID.randomUUID().toString();
    ImportReport report = new ImportReport();
    jobs.put(id, new Job(id, name, Instant.now(), report, State.RUNNING, null));
    executor.submit(
        () -> {
          try {
            work.accept(report);
            jobs.put(id, new Job(id, name, jobs.get(id).started(), report, State.DONE, null));
          } catch (RuntimeException e) {
            log.warn("Import {} failed", name, e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            jobs.put(id, new Job(id, name, jobs.get(id).started(), report, State.FAILED, message));
          }
        });
    return id;
  }

  public Optional<Job> job(String id) {
    rights.requireAdmin();
    return find(id);
  }

  Optional<Job> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  public List<Job> jobs() {
    rights.requireAdmin();
    synchronized (jobs) {
      List<Job> list = new ArrayList<>(jobs.values());
      Collections.reverse(list);
      return list;
    }
  }

  static Properties load(Path mappingFile) {
    Properties mapping = new Properties();
    try (InputStream in = Files.newInputStream(mappingFile)) {
      mapping.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the mapping " + mappingFile, e);
    }
    return mapping;
  }
}
