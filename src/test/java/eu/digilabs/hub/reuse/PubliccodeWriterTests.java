package eu.digilabs.hub.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.PubliccodeStandard;
import eu.digilabs.hub.reuse.PubliccodeReader.Reading;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** Writing publiccode.yml 0.4: what the standard checks, and reading it back gives the same. */
class PubliccodeWriterTests {

  static final PubliccodeReader READER = new PubliccodeReader(Licences.load());

  static Publiccode document(String text) {
    Reading reading = READER.read(text);
    assertThat(reading.errors()).isEmpty();
    assertThat(reading.document()).isNotNull();
    return reading.document();
  }

  static Publiccode reread(String written) {
    Reading reading = READER.read(written);
    assertThat(reading.errors()).as(written).isEmpty();
    return reading.document();
  }

  @Test
  void theHubsOwnDescriptionIsWrittenSoThatItPassesTheStandardsChecks() throws Exception {
    Publiccode hub = document(Files.readString(Path.of("publiccode.yml"), StandardCharsets.UTF_8));

    String written = PubliccodeWriter.write(hub);

    PubliccodeStandard.assertConforms(PubliccodeStandard.parse(written));
    assertThat(reread(written)).isEqualTo(hub).isEqualTo(PubliccodeWriter.asWritten(hub));
    assertThat(READER.read(written).warnings()).isEmpty();
  }

  @Test
  void theVersionIsWrittenInDoubleQuotesAsTheStandardShowsIt() {
    String written = PubliccodeWriter.write(document(PubliccodeReaderTests.minimal()));

    assertThat(written).startsWith("publiccodeYmlVersion: \"0.4\"\n");
  }

  @Test
  void anOldItalianFileBecomesVersionZeroPointFourWithoutItsCountrySection() {
    Publiccode medusa = document(PubliccodeCorpus.text("OS2offdig__OS2produkt.yml"));
    assertThat(medusa.version()).isEqualTo("0.2");
    assertThat(medusa.hasItSection()).isTrue();

    String written = PubliccodeWriter.write(medusa);

    assertThat(written).doesNotContain("\nit:");
    Publiccode again = reread(written);
    assertThat(again.version()).isEqualTo("0.4");
    assertThat(again.hasItSection()).isFalse();
    assertThat(again).isEqualTo(PubliccodeWriter.asWritten(medusa));
  }

  @Test
  void aContractIsWrittenWithItsContractors() {
    String contract =
        PubliccodeReaderTests.minimal()
            .replace(
                "  type: none\n",
                """
                  type: contract
                  contractors:
                    - name: Maintenance GmbH
                      until: "2027-12-31"
                      website: https://maintenance.example
                """);
    Publiccode document = document(contract);

    Map<String, Object> written = PubliccodeStandard.parse(PubliccodeWriter.write(document));

    Map<String, Object> maintenance = PubliccodeStandard.map(written.get("maintenance"));
    assertThat(maintenance.get("contractors"))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .singleElement()
        .isEqualTo(
            Map.of(
                "name",
                "Maintenance GmbH",
                "until",
                "2027-12-31",
                "website",
                "https://maintenance.example"));
    assertThat(reread(PubliccodeWriter.write(document))).isEqualTo(document);
  }

  @Test
  void textsThatYamlWouldTakeForOtherTypesStayText() {
    String odd =
        PubliccodeReaderTests.minimal()
            .replace("name: Mini", "name: \"yes\"")
            .replace(
                "url: https://example.org/mini.git\n",
                """
                url: https://example.org/mini.git
                softwareVersion: "1.10"
                usedBy: ["null", "~", "0x1F", "2020-01-01", "# not a comment", "a: b", "- c"]
                """)
            .replace(
                "shortDescription: A small library.",
                """
                shortDescription: "Tabs\\tand \\"quotes\\", ünïcödé, and a bell \\a"
                    longDescription: "Lines\\n  indented\\nwith trailing spaces   \\nand more"
                """
                    .strip());
    Publiccode document = document(odd);
    assertThat(document.name()).isEqualTo("yes");
    assertThat(document.usedBy()).hasSize(7);

    assertThat(reread(PubliccodeWriter.write(document))).isEqualTo(document);
  }

  @Test
  void keysTheStandardRequiresAreWrittenEmptyRatherThanInvented() {
    Publiccode minimal = document(PubliccodeReaderTests.minimal());

    String written = PubliccodeWriter.write(minimal);

    assertThat(written)
        .contains("platforms: []\n")
        .contains("features: []\n")
        .contains("localisationReady: false\n")
        .contains("availableLanguages: []\n");
    assertThat(reread(written)).isEqualTo(minimal);
  }
}
