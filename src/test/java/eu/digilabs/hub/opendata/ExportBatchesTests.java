package eu.digilabs.hub.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.shared.HubProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An export reads its dataset batch after batch by key: every item once, in key order, however the
 * keys are spread, and the sitemaps start where their items begin.
 */
public class ExportBatchesTests {

  @TempDir Path dataDir;

  /** Items keyed 3, 10, 17, ...: keys with gaps, as ids are after deletions. */
  public static final class SpreadKeys implements OpenDataset {

    /** The items' keys in order; a test may add some (keep it sorted). */
    public final List<Long> keys;

    final List<Long> asked = new ArrayList<>();

    public SpreadKeys(int items) {
      keys = LongStream.range(0, items).map(i -> 3 + 7 * i).boxed().collect(Collectors.toList());
    }

    @Override
    public String name() {
      return "spread";
    }

    @Override
    public String rowType() {
      return "https://schema.org/Thing";
    }

    @Override
    public String rowPath() {
      return "/spread/{id}";
    }

    @Override
    public List<String> themes() {
      return List.of("GOVE");
    }

    @Override
    public List<Column> columns() {
      return List.of(Column.id(), Column.text("name", "https://schema.org/name"));
    }

    @Override
    public Batch rows(long after, int size) {
      asked.add(after);
      List<Long> found = keys.stream().filter(k -> k > after).limit(size).toList();
      return Batch.of(
          found, after, Long::longValue, k -> Arrays.<@Nullable Object>asList(k, "item " + k));
    }

    @Override
    public String revision() {
      return "1";
    }
  }

  OpenDataExports exports(OpenDataset dataset, JsonMapper json) {
    return exports(dataset, dataDir, json);
  }

  /** Exports of the one dataset into {@code dataDir}. */
  public static OpenDataExports exports(OpenDataset dataset, Path dataDir, JsonMapper json) {
    return new OpenDataExports(
        List.of(dataset),
        new OpenDataProperties(
            "https://creativecommons.org/licenses/by/4.0/",
            "CC BY 4.0",
            Duration.ofMinutes(5),
            "Digilabs Hub",
            "opendata@digilabs.localhost"),
        new HubProperties(dataDir.toString(), "http://localhost:8080"),
        json);
  }

  @Test
  void everyItemIsExportedOnceInKeyOrderAndTheSitemapsStartWhereTheirItemsBegin() throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    SpreadKeys dataset = new SpreadKeys(12_345);
    OpenDataExports exports = exports(dataset, json);

    exports.refresh();

    Export export = exports.export("spread").orElseThrow();
    assertThat(export.rows()).isEqualTo(12_345);
    JsonNode written =
        json.readTree(Files.readString(dataDir.resolve("open-data").resolve("spread.json")));
    List<Long> ids = new ArrayList<>();
    for (JsonNode row : written.get("items")) {
      ids.add(row.get("id").asLong());
    }
    assertThat(ids).isEqualTo(dataset.keys);
    // Batches of 500: 25 to read 12,345 items, each after the last key of the one before.
    assertThat(dataset.asked).hasSize(25).startsWith(0L, dataset.keys.get(499));
    // Sitemaps of 5,000 items: the first from the start, the next after the 5,000th item.
    assertThat(export.sitemaps())
        .containsExactly(0L, dataset.keys.get(4_999), dataset.keys.get(9_999));
  }

  @Test
  void anEmptyDatasetHasNoSitemap() {
    OpenDataExports exports = exports(new SpreadKeys(0), JsonMapper.builder().build());

    exports.refresh();

    Export export = exports.export("spread").orElseThrow();
    assertThat(export.rows()).isZero();
    assertThat(export.sitemaps()).isEmpty();
  }
}
