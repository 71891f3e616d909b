package eu.digilabs.hub.opendata.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.opendata.ExportBatchesTests;
import eu.digilabs.hub.opendata.ExportBatchesTests.SpreadKeys;
import eu.digilabs.hub.opendata.OpenDataExports;
import eu.digilabs.hub.shared.HubProperties;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sitemaps of a dataset list each of its items once, those published after the export too: each
 * sitemap runs from its start up to the next one's, the last one to the end.
 */
class SitemapRangesTests {

  private static final Pattern LOC =
      Pattern.compile("<loc>http://localhost:8080/spread/(\\d+)</loc>");

  @TempDir Path dataDir;

  @Test
  void everyItemIsInOneSitemapAlsoWhenItemsArePublishedAfterTheExport() throws Exception {
    SpreadKeys dataset = new SpreadKeys(12_345);
    OpenDataExports exports =
        ExportBatchesTests.exports(dataset, dataDir, JsonMapper.builder().build());
    exports.refresh();
    // Published since: an item below the first sitemap's end, one in the middle, one after all.
    dataset.keys.add(5L);
    dataset.keys.add(40_000L);
    dataset.keys.add(1_000_000L);
    Collections.sort(dataset.keys);

    SitemapController sitemaps =
        new SitemapController(exports, new HubProperties(dataDir.toString(), null));
    List<Long> listed = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      Matcher loc = LOC.matcher(sitemaps.sitemap("spread", page).getBody());
      while (loc.find()) {
        listed.add(Long.parseLong(loc.group(1)));
      }
    }

    assertThat(listed).isEqualTo(dataset.keys);
    assertThat(sitemaps.index().getBody()).contains("spread-3.xml").doesNotContain("spread-4.xml");
  }
}
