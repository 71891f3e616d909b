package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.projects.Imports;
import eu.digilabs.hub.shared.ImportReport;
import eu.digilabs.hub.taxonomy.Catalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An OZG export with bad rows: each is reported with its file and line, the rest is imported. Runs
 * on the plain test context, so its made-up entries never mix with the reference data that {@link
 * ImportTests} counts.
 */
@HubTest
class OzgImportProblemsTests {

  @Autowired Imports imports;
  @Autowired Catalogue catalogue;

  @Test
  void badRowsAreReportedWithTheirLineAndTheRestIsImported(@TempDir Path folder) throws Exception {
    Files.writeString(
        folder.resolve("ozg_subject.csv"),
        "id,modified_at,created_at,name,hidden\n901,,,Testfeld,0\nabc,,,Kaputt,0\n902,,,,0\n903,,,Zurückgezogen,1\n");
    Files.writeString(
        folder.resolve("ozg_situation.csv"),
        "id,subject_id,modified_at,created_at,name,hidden\n901,901,,,Testlage,0\n902,999,,,Waise,0\n");
    Files.writeString(
        folder.resolve("ozg_service_system.csv"),
        "id,situation_id,priority_id,service_key,contact,description,modified_at,created_at,name,hidden,status_id\n901,901,1,99901,,\"Mehrzeilige\nBeschreibung\",,,Testleistung,0,1\n902,901,1,99902,,,,,Zweite Leistung,0,1\n903,901,1,99903,,,,,Zurückgezogene Leistung,1,1\n");
    Files.writeString(
        folder.resolve("ozg_service.csv"),
        "id,description,modified_at,created_at,name,hidden,service_system_id,service_key\n90001,,,,LeiKa-Test,0,902,99000000000001\n90002,,,,Ohne Zuordnung,0,,nicht im LeiKa\n");
    ImportReport report = imports.importOzg(folder, new ImportReport());
    assertThat(report.createdCount()).isEqualTo(8);
    assertThat(report.skippedCount()).isEqualTo(3);
    assertThat(report.problems())
        .extracting(p -> p.file() + ":" + p.line())
        .containsExactly("ozg_subject.csv:3", "ozg_subject.csv:4", "ozg_situation.csv:3");
    assertThat(catalogue.search("99902", 1))
        .first()
        .satisfies(s -> assertThat(s.subject()).isEqualTo("Testfeld"));
    assertThat(catalogue.search("LeiKa-Test", 1))
        .first()
        .satisfies(s -> assertThat(s.key()).isEqualTo("99000000000001"));
    assertThat(catalogue.search("Ohne Zuordnung", 1))
        .first()
        .satisfies(s -> assertThat(s.key()).isNull());
  }
}
