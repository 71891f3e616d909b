package eu.digilabs.hub.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import eu.digilabs.hub.shared.text.Csv;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** How a case row reads through a column mapping, without a store. */
class CaseMappingTests {

  static final String HEADER = "id,name,description,url,geocoverage_codes,status,start_date,note\n";

  @Test
  void theIdColumnIsTheKeyAndTheOtherFieldsAreKeptAsTheDatasetWroteThem() throws IOException {
    CaseMapping mapping = new CaseMapping(ipso(), values());
    Csv.Row row = row("10000,AMS - public,Text,https://example.org/ams,AT,Pilot,2020,ignored\n");
    assertThat(mapping.key(row)).isEqualTo("10000");
    assertThat(mapping.title(row)).isEqualTo("AMS - public");
    assertThat(mapping.caseUrl(row)).isEqualTo("https://example.org/ams");
    assertThat(mapping.sourceValues(row))
        .containsExactly(entry("country", "AT"), entry("start", "2020"), entry("status", "Pilot"));
  }

  @Test
  void withoutAnIdColumnTheNormalisedTitleIsTheKey() throws IOException {
    Properties layout = ipso();
    layout.remove("column.id");
    CaseMapping mapping = new CaseMapping(layout, values());
    assertThat(mapping.key(row("7,  Mona – Public Chatbot! ,,,,,,\n")))
        .isEqualTo("mona public chatbot");
  }

  @Test
  void aLinkThatIsNoWebAddressIsKeptAsTextNotAsTheCaseUrl() throws IOException {
    CaseMapping mapping = new CaseMapping(ipso(), values());
    Csv.Row row = row("1,Case,,www.example.org,,,,\n");
    assertThat(mapping.caseUrl(row)).isNull();
    assertThat(mapping.sourceValues(row)).containsEntry("url", "www.example.org");
  }

  @Test
  void longTitlesAndValuesAreCutToWhatAProjectHolds() throws IOException {
    CaseMapping mapping = new CaseMapping(ipso(), values());
    String word = "word ";
    Csv.Row row = row("1," + word.repeat(100) + ",,,,," + "x".repeat(2500) + ",\n");
    assertThat(mapping.title(row)).hasSizeLessThanOrEqualTo(300);
    assertThat(mapping.sourceValues(row).get("start")).hasSize(2000);
  }

  @Test
  void theMappingsWordsComeBeforeTheHubsOwn() {
    Properties layout = ipso();
    layout.setProperty("value.status.Pilot", "live");
    assertThat(new CaseMapping(ipso(), values()).valueCode("status", " Pilot ")).isEqualTo("pilot");
    assertThat(new CaseMapping(layout, values()).valueCode("status", "Pilot")).isEqualTo("live");
    assertThat(new CaseMapping(ipso(), values()).valueCode("status", "Unknown")).isNull();
  }

  @Test
  void datesAreYearsOrDatesAtTheStartOfTheText() {
    assertThat(CaseMapping.date("2019")).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(CaseMapping.date("2019.0")).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(CaseMapping.date("2021-03-04 10:00")).isEqualTo(LocalDate.of(2021, 3, 4));
    assertThat(CaseMapping.date("2021/13/40")).isNull();
    assertThat(CaseMapping.date("spring 2020")).isNull();
    assertThat(CaseMapping.date(null)).isNull();
  }

  @Test
  void theDatasetIsNamedByTheMappingOrElseByItsFile() {
    assertThat(new CaseMapping(ipso(), values()).dataset("x.csv")).isEqualTo("IPSO cases 2022");
    assertThat(new CaseMapping(new Properties(), values()).dataset("x.csv")).isEqualTo("x.csv");
    assertThat(new CaseMapping(new Properties(), values()).datasetUrl()).isNull();
    assertThat(new CaseMapping(new Properties(), values()).language()).isEqualTo("en");
  }

  private static Properties ipso() {
    Properties mapping = CaseImport.ipsoMapping();
    mapping.setProperty("column.country", "geocoverage_codes");
    return mapping;
  }

  private static Properties values() {
    return CaseImport.mapping("import/values.properties");
  }

  private static Csv.Row row(String line) throws IOException {
    List<Csv.Row> rows =
        Csv.read(new ByteArrayInputStream((HEADER + line).getBytes(StandardCharsets.UTF_8)));
    return rows.get(0);
  }
}
