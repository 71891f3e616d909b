package eu.digilabs.hub.opendata;

import eu.digilabs.hub.shared.HubProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The datasets' files in {@code <data-dir>/open-data}: exported again when a dataset's revision
 * changed (checked every {@code hub.open-data.check-every}, so that a burst of edits gives one
 * export) and every night; each file is written beside the old one and moved into place, so a
 * download never sees half a file.
 */
@Service
public class OpenDataExports {

  private static final Logger log = LoggerFactory.getLogger(OpenDataExports.class);
  static final int PAGE_SIZE = 500;

  /** Item pages per sitemap, a multiple of {@link #PAGE_SIZE}. */
  public static final int SITEMAP_ITEMS = 5_000;

  private final List<OpenDataset> datasets;
  private final OpenDataProperties settings;
  private final Path folder;
  private final String baseUrl;
  private final JsonMapper mapper;
  private final ConcurrentMap<String, Export> exports = new ConcurrentHashMap<>();

  OpenDataExports(
      List<OpenDataset> datasets,
      OpenDataProperties settings,
      HubProperties hub,
      JsonMapper mapper) {
    this.datasets = datasets.stream().sorted(Comparator.comparing(OpenDataset::name)).toList();
    this.settings = settings;
    this.folder = Path.of(hub.dataDir(), "open-data");
    this.baseUrl = hub.baseUrl();
    this.mapper = mapper;
  }

  /** The datasets, by name. */
  public List<OpenDataset> datasets() {
    return datasets;
  }

  /** The dataset's current export, if one was made. */
  public Optional<Export> export(String dataset) {
    Export known = exports.get(dataset);
    if (known != null) {
      return Optional.of(known);
    }
    Path manifest = folder.resolve(dataset + ".manifest.json");
    if (!Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    Export read = mapper.readValue(manifest.toFile(), Export.class);
    exports.put(dataset, read);
    return Optional.of(read);
  }

  /** A file of an export and where it is. */
  public record Download(Path path, Export.File file) {}

  /** A file of an export; empty for a name no export wrote. */
  public Optional<Download> download(String name) {
    return datasets.stream()
        .flatMap(dataset -> export(dataset.name()).stream())
        .flatMap(export -> export.file(name).stream())
        .map(file -> new Download(folder.resolve(file.name()), file))
        .filter(download -> Files.isRegularFile(download.path()))
        .findFirst();
  }

  /** The dataset's address in the catalogue. */
  public String datasetIri(String dataset) {
    return baseUrl + "/catalog#" + dataset;
  }

  /** Exports every dataset whose revision changed since its last export. */
  @Scheduled(
      initialDelayString = "${hub.open-data.first-check:1m}",
      fixedDelayString = "${hub.open-data.check-every:5m}")
  @SchedulerLock(name = "open-data-exports")
  public void refresh() {
    for (OpenDataset dataset : datasets) {
      String revision;
      try {
        revision = dataset.revision();
      } catch (RuntimeException e) {
        log.warn("Open data: the revision of {} cannot be read", dataset.name(), e);
        continue;
      }
      boolean current =
          export(dataset.name())
              .map(e -> e.revision().equals(revision) && e.sitemaps() != null)
              .orElse(false);
      if (!current) {
        export(dataset, revision);
      }
    }
  }

  /** Exports every dataset again, changed or not. */
  @Scheduled(cron = "${hub.open-data.nightly:0 15 4 * * *}")
  @SchedulerLock(name = "open-data-exports")
  public void exportAll() {
    for (OpenDataset dataset : datasets) {
      try {
        export(dataset, dataset.revision());
      } catch (RuntimeException e) {
        log.warn("Open data: the revision of {} cannot be read", dataset.name(), e);
      }
    }
  }

  private synchronized void export(OpenDataset dataset, String revision) {
    try {
      Files.createDirectories(folder);
      Export export = write(dataset, revision);
      for (Export.File file : export.files()) {
        Files.move(
            ExportWriter.temporary(folder, file.format(), dataset.name()),
            folder.resolve(file.name()),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
      Path manifest = folder.resolve(dataset.name() + ".manifest.json");
      Path part = folder.resolve("." + dataset.name() + ".manifest.json.part");
      mapper.writeValue(part.toFile(), export);
      Files.move(
          part, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      exports.put(dataset.name(), export);
      log.info("Open data: {} exported, {} rows", dataset.name(), export.rows());
    } catch (IOException | RuntimeException e) {
      log.warn("Open data: exporting {} failed; the previous files stay", dataset.name(), e);
      for (Export.Format format : Export.Format.values()) {
        try {
          Files.deleteIfExists(ExportWriter.temporary(folder, format, dataset.name()));
        } catch (IOException ignored) {
          // left for the next export to replace
        }
      }
    }
  }

  private Export write(OpenDataset dataset, String revision) throws IOException {
    Instant generated = Instant.now();
    try (ExportWriter writer =
        new ExportWriter(dataset, folder, datasetIri(dataset.name()), baseUrl, settings, mapper)) {
      List<Long> sitemaps = new ArrayList<>();
      long after = 0;
      for (int batches = 0; ; batches++) {
        OpenDataset.Batch batch = dataset.rows(after, PAGE_SIZE);
        if (batches % (SITEMAP_ITEMS / PAGE_SIZE) == 0 && batch.items() > 0) {
          sitemaps.add(after);
        }
        writer.write(batch.rows());
        if (batch.items() < PAGE_SIZE) {
          break;
        }
        after = batch.last();
      }
      writer.finish();
      writer.close();
      List<Export.File> files = new ArrayList<>();
      for (Export.Format format : Export.Format.values()) {
        Path written = ExportWriter.temporary(folder, format, dataset.name());
        files.add(
            new Export.File(
                format, format.fileName(dataset.name()), Files.size(written), sha256(written)));
      }
      return new Export(
          dataset.name(),
          revision,
          generated,
          writer.rows(),
          writer.countries(),
          writer.from(),
          writer.to(),
          sitemaps,
          files);
    }
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
