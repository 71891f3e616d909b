package eu.digilabs.hub.projects;

import eu.digilabs.hub.shared.ImportReport;
import eu.digilabs.hub.shared.startup.StartupTask;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.OzgFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports the reference data in the jar (the OZG catalogue and the case collections, see NOTICE)
 * once per installation: in the background while the platform serves, as an import job with
 * progress on the admin page. Each dataset is recorded when done, so a restart imports only what is
 * missing; the importers are idempotent, so an interrupted dataset is simply imported again.
 */
@Service
public class ReferenceData extends StartupTask {

  static final String JOB_NAME = "Reference data";

  private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

  private final ReferenceDataProperties properties;
  private final Imports imports;
  private final Catalogue catalogue;
  private final CaseImport cases;
  private final ImportedDatasets imported;
  private volatile @Nullable String jobId;

  ReferenceData(
      ReferenceDataProperties properties,
      Imports imports,
      Catalogue catalogue,
      CaseImport cases,
      ImportedDatasets imported) {
    this.properties = properties;
    this.imports = imports;
    this.catalogue = catalogue;
    this.cases = cases;
    this.imported = imported;
  }

  /** After the demo content, whose projects wait for the catalogue's services to link them. */
  @Override
  public int getPhase() {
    return IMPORTS + 5;
  }

  /** Submits the import of what is missing; it runs in the imports' own thread. */
  @Override
  protected void run() {
    if (!properties.enabled()) {
      return;
    }
    List<ReferenceDataset> missing =
        ReferenceDataset.ALL.stream().filter(d -> !imported.existsById(d.key())).toList();
    if (!missing.isEmpty()) {
      jobId = imports.submit(JOB_NAME, report -> missing.forEach(d -> importSet(d, report)));
    }
  }

  /** The reference-data import while it runs; empty when it is done or there is none. */
  public Optional<Imports.Job> running() {
    String id = jobId;
    return id == null
        ? Optional.empty()
        : imports.find(id).filter(job -> job.state() == Imports.State.RUNNING);
  }

  private void importSet(ReferenceDataset dataset, ImportReport report) {
    String mapping = dataset.mapping();
    if (mapping == null) {
      catalogue.importOzg(OzgFiles.classpath(dataset.resource()), report);
    } else {
      try (InputStream in = open(dataset.resource())) {
        cases.run(dataset.fileName(), in, CaseImport.mapping(mapping), report);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    imported.save(new ImportedDataset(dataset.key()));
    log.info("Reference data {} imported: {}", dataset.key(), report);
  }

  private static InputStream open(String resource) {
    InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("The jar has no reference data " + resource);
    }
    return in;
  }
}
