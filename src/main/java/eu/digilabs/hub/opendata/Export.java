package eu.digilabs.hub.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one export of a dataset wrote: kept beside its files, read by the download page and the
 * catalogue.
 *
 * @param revision the dataset's revision it was made from
 * @param countries the countries its rows name, for the spatial coverage
 * @param from the earliest date of its first date column, for the temporal coverage
 * @param sitemaps for each sitemap of the dataset's item pages, the key its items come after (see
 *     {@link OpenDataset#rows}); null in an export made before sitemaps were kept, which is then
 *     made again
 */
public record Export(
    String dataset,
    String revision,
    Instant generated,
    long rows,
    List<String> countries,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable List<Long> sitemaps,
    List<File> files) {

  /** The formats every dataset is written in. */
  public enum Format {
    CSV("csv", "text/csv", "CSV"),
    CSV_SEMICOLON("semicolon.csv", "text/csv", "CSV"),
    JSON("json", "application/json", "JSON"),
    JSON_LD("jsonld", "application/ld+json", "JSON_LD");

    private final String suffix;
    private final String mediaType;
    private final String euFormat;

    Format(String suffix, String mediaType, String euFormat) {
      this.suffix = suffix;
      this.mediaType = mediaType;
      this.euFormat = euFormat;
    }

    public String fileName(String dataset) {
      return dataset + "." + suffix;
    }

    public String mediaType() {
      return mediaType;
    }

    /** The code in the EU's file-type vocabulary. */
    public String euFormat() {
      return euFormat;
    }
  }

  /** One file: its format, name, size in bytes and SHA-256 (hex). */
  public record File(Format format, String name, long bytes, String sha256) {}

  public Optional<File> file(String name) {
    return files.stream().filter(file -> file.name().equals(name)).findFirst();
  }
}
