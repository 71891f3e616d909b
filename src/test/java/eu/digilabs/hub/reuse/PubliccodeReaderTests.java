package eu.digilabs.hub.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.digilabs.hub.reuse.Publiccode.Contact;
import eu.digilabs.hub.reuse.PubliccodeReader.Reading;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Reading publiccode.yml files: real ones from the corpus, the hub's own, and hostile ones. */
class PubliccodeReaderTests {

  static final PubliccodeReader READER = new PubliccodeReader(Licences.load());

  static Reading read(String text) {
    return assertTimeoutPreemptively(Duration.ofSeconds(1), () -> READER.read(text));
  }

  static Reading readCorpus(String file) {
    return read(PubliccodeCorpus.text(file));
  }

  static List<String> keys(List<Finding> findings) {
    return findings.stream().map(Finding::key).toList();
  }

  @Test
  void readsMunichsAssistantWithBothLanguagesContactsAndLicence() {
    Reading reading = readCorpus("it-at-m__mucgpt.yml");

    assertThat(reading.errors()).isEmpty();
    Publiccode mucgpt = reading.document();
    assertThat(mucgpt).isNotNull();
    assertThat(mucgpt.version()).isEqualTo("0.5.0");
    assertThat(mucgpt.name()).isEqualTo("MUCGPT");
    assertThat(mucgpt.url()).isEqualTo("https://github.com/it-at-m/mucgpt");
    assertThat(mucgpt.releaseDate()).isEqualTo(LocalDate.of(2025, 4, 24));
    assertThat(mucgpt.developmentStatus()).isEqualTo("stable");
    assertThat(mucgpt.softwareType()).isEqualTo("standalone/web");
    assertThat(mucgpt.license()).isEqualTo("MIT");
    assertThat(mucgpt.mainCopyrightOwner()).isEqualTo("Landeshauptstadt München");
    assertThat(mucgpt.countries()).containsExactly("DE");
    assertThat(mucgpt.descriptions()).containsOnlyKeys("de", "en");
    assertThat(mucgpt.descriptions().keySet()).containsExactly("de", "en");
    assertThat(mucgpt.descriptions().get("en").shortDescription()).startsWith("MUCGPT is an AI");
    assertThat(mucgpt.descriptions().get("de").features()).contains("KI-Chat");
    assertThat(mucgpt.maintenanceType()).isEqualTo("internal");
    assertThat(mucgpt.contacts()).extracting(Contact::email).containsExactly("ki@muenchen.de");
    assertThat(mucgpt.availableLanguages()).containsExactly("de", "fr", "en", "uk");
    assertThat(mucgpt.localisationReady()).isTrue();
    assertThat(mucgpt.hasItSection()).isFalse();
    assertThat(mucgpt.description(List.of("fr", "en")).orElseThrow())
        .isSameAs(mucgpt.descriptions().get("en"));
  }

  @Test
  void anUnquotedVersionIsReadAsWrittenNotAsANumber() {
    Reading reading = readCorpus("Aitema-gmbh__terminvergabe.yml");

    assertThat(reading.errors())
        .extracting(Finding::path, Finding::key, Finding::line)
        .containsExactly(tuple("maintenance.type", "publiccode.problem.notAllowed", 74));
    assertThat(reading.errors().get(0).args()).startsWith("commercial");
    assertThat(reading.document()).isNull();

    Reading fixed =
        read(
            PubliccodeCorpus.text("Aitema-gmbh__terminvergabe.yml")
                .replace("type: commercial", "type: contract"));
    assertThat(fixed.errors()).isEmpty();
    assertThat(fixed.document()).isNotNull();
    assertThat(fixed.document().version()).isEqualTo("0.4");
  }

  @Test
  void readsIntegreatWithItsGitUrlAndReleaseDate() {
    Reading reading = readCorpus("digitalfabrik__integreat-cms.yml");

    assertThat(reading.errors()).isEmpty();
    Publiccode integreat = reading.document();
    assertThat(integreat).isNotNull();
    assertThat(integreat.version()).isEqualTo("0.4.0");
    assertThat(integreat.url()).isEqualTo("https://github.com/digitalfabrik/integreat-cms.git");
    assertThat(integreat.landingUrl()).isEqualTo("https://integreat-app.de/en/");
    assertThat(integreat.isBasedOn()).containsExactly("https://github.com/django/django.git");
    assertThat(integreat.releaseDate()).isEqualTo(LocalDate.of(2025, 9, 11));
    assertThat(integreat.categories()).contains("content-management");
  }

  @Test
  void anExtensionSectionIsWarnedAboutAndTheRestImported() {
    Reading reading = readCorpus("Cetriq__Classify.yml");

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.warnings())
        .extracting(Finding::line, Finding::path, Finding::key)
        .containsExactly(tuple(38, "x-samhallskodex", "publiccode.problem.unknownKey"));
    Publiccode klassa = reading.document();
    assertThat(klassa).isNotNull();
    assertThat(klassa.version()).isEqualTo("0.3");
    assertThat(klassa.softwareVersion()).isEqualTo("1.0.0");
    assertThat(klassa.license()).isEqualTo("CC0-1.0");
    assertThat(klassa.descriptions()).containsOnlyKeys("sv");
  }

  @Test
  void windowsLineEndingsReadLikeUnixOnes() {
    String crlf = PubliccodeCorpus.text("regione-piemonte__conam.yml");
    assertThat(crlf).contains("\r\n");

    Reading reading = read(crlf);
    Reading unix = read(crlf.replace("\r\n", "\n"));

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.document()).isNotNull().isEqualTo(unix.document());
    assertThat(reading.document().descriptions().get("it").longDescription()).doesNotContain("\r");
    assertThat(reading.warnings()).isEqualTo(unix.warnings());
  }

  @Test
  void aTabBeforeAValueMakesTheFileUnparsableAtItsLine() {
    Reading reading = readCorpus("RegioneUmbria-RCB__SISO.yml");

    assertThat(reading.document()).isNull();
    assertThat(reading.errors())
        .extracting(Finding::line, Finding::path, Finding::key)
        .containsExactly(tuple(64, "", "publiccode.problem.unparsable"));
    assertThat(reading.errors().get(0).args().get(0)).contains("TAB");
  }

  @Test
  void versionZeroPointOneIsRejectedWithTheOtherProblems() {
    Reading reading = readCorpus("CommonGateway__ZGWBundle.yml");

    assertThat(reading.document()).isNull();
    assertThat(reading.errors())
        .extracting(Finding::line, Finding::path, Finding::key)
        .containsExactly(
            tuple(1, "publiccodeYmlVersion", "publiccode.problem.unsupportedVersion"),
            tuple(17, "softwareType", "publiccode.problem.notAllowed"),
            tuple(51, "legal.license", "publiccode.problem.licenceInvalid"));
    assertThat(reading.errors().get(0).args()).startsWith("0.1");
    assertThat(reading.errors().get(2).args())
        .containsExactly(
            "EUPL-1.2-or-later", "licences.hint.orLater", "EUPL-1.2-or-later", "EUPL-1.2+");
  }

  @Test
  void aVersionOutsideTheStandardAndAMissingStatusAreBothReported() {
    Reading reading = readCorpus("suitenumerique__docs.yml");

    assertThat(reading.document()).isNull();
    assertThat(reading.errors())
        .extracting(Finding::path, Finding::key)
        .containsExactly(
            tuple("publiccodeYmlVersion", "publiccode.problem.unsupportedVersion"),
            tuple("developmentStatus", "publiccode.problem.required"));
    assertThat(reading.errors().get(0).args()).startsWith("2.4.0");
    assertThat(reading.warnings())
        .extracting(Finding::line, Finding::path, Finding::key)
        .contains(tuple(5, "creationDate", "publiccode.problem.unknownKey"));
  }

  @Test
  void theItalianSectionIsNotedAndAGitUrlWarnedAbout() {
    assertThat(readCorpus("OS2offdig__OS2produkt.yml").document())
        .isNotNull()
        .returns(true, Publiccode::hasItSection)
        .returns(List.of("it", "de"), Publiccode::countries);
    Reading zac = readCorpus("infonl__dimpact-zaakafhandelcomponent.yml");
    assertThat(zac.document()).isNotNull();
    assertThat(zac.warnings())
        .extracting(Finding::path, Finding::key)
        .contains(tuple("url", "publiccode.problem.gitProtocol"));
  }

  @Test
  void descriptionsAtTheTopLevelAreRejectedSinceTheirLanguageIsUnknown() {
    Reading reading = readCorpus("CS78-open__CUPChain.yml");

    assertThat(reading.errors())
        .extracting(Finding::line, Finding::path, Finding::key)
        .contains(tuple(9, "shortDescription", "publiccode.problem.descriptionNotByLanguage"));
  }

  @Test
  void theHubsOwnFileReadsWithoutAnyFinding() throws Exception {
    Reading reading = read(Files.readString(Path.of("publiccode.yml"), StandardCharsets.UTF_8));

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.warnings()).isEmpty();
    Publiccode hub = reading.document();
    assertThat(hub).isNotNull();
    assertThat(hub.name()).isEqualTo("Digilabs Hub");
    assertThat(hub.license()).isEqualTo("EUPL-1.2");
    assertThat(hub.descriptions()).containsOnlyKeys("en", "de");
    assertThat(hub.availableLanguages()).containsExactly("de", "en");
  }

  @Test
  void everyMissingMandatoryKeyIsReportedAtOnce() {
    Reading reading = read("publiccodeYmlVersion: \"0.4\"\nplatforms: [web]\n");

    assertThat(reading.document()).isNull();
    assertThat(reading.errors())
        .extracting(Finding::path)
        .containsExactlyInAnyOrder(
            "name",
            "url",
            "developmentStatus",
            "softwareType",
            "description",
            "legal.license",
            "maintenance.type");
    assertThat(keys(reading.errors())).containsOnly("publiccode.problem.required");
  }

  @Test
  void aKeyGivenTwiceIsAnErrorAtItsSecondLine() {
    Reading reading = read(minimal().replace("name: Mini\n", "name: Mini\nname: Maxi\n"));

    assertThat(reading.document()).isNull();
    assertThat(reading.errors())
        .extracting(Finding::line, Finding::path, Finding::key)
        .containsExactly(tuple(3, "name", "publiccode.problem.duplicateKey"));
  }

  @Test
  void aDateNotWrittenYearMonthDayIsAnErrorAtItsLine() {
    Reading reading =
        read(minimal().replace("name: Mini\n", "name: Mini\nreleaseDate: 2021-19-02\n"));

    assertThat(reading.errors())
        .extracting(Finding::line, Finding::path, Finding::key, Finding::args)
        .containsExactly(
            tuple(3, "releaseDate", "publiccode.problem.notDate", List.of("2021-19-02")));
  }

  @Test
  void aMinimalFileOfTheMandatoryKeysIsImportedWithWarningsForWhatTheStandardAlsoWants() {
    Reading reading = read(minimal());

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.document()).isNotNull();
    assertThat(reading.warnings())
        .extracting(Finding::path)
        .containsExactlyInAnyOrder(
            "platforms",
            "description.[lang].longDescription",
            "description.[lang].features",
            "localisation");
  }

  @Test
  void aDeprecatedLicenceIdIsAWarningWhoseHintIsANestedMessage() {
    Reading reading = read(minimal().replace("license: EUPL-1.2", "license: GPL-3.0"));

    assertThat(reading.document()).isNotNull();
    Finding deprecated =
        reading.warnings().stream()
            .filter(finding -> finding.path().equals("legal.license"))
            .findFirst()
            .orElseThrow();
    assertThat(deprecated.key()).isEqualTo("publiccode.problem.licenceDeprecated");

    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    assertThat(messages.getMessage(deprecated, Locale.ENGLISH))
        .isEqualTo(
            "Line 10: legal.license “GPL-3.0” is valid but out of date. GPL-3.0 is a deprecated SPDX"
                + " id: write GPL-3.0-only (this version only) or GPL-3.0-or-later (this version or"
                + " any later one).");
    assertThat(messages.getMessage(deprecated, Locale.GERMAN))
        .startsWith("Zeile 10: legal.license „GPL-3.0“ ist gültig, aber veraltet. GPL-3.0 ist");
  }

  @Test
  void aBillionLaughsAliasBombIsRejectedQuickly() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char level = 'b'; level <= 'j'; level++) {
      char previous = (char) (level - 1);
      bomb.append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append('*').append(previous).append(", ");
      }
      bomb.append('*').append(previous).append("]\n");
    }
    bomb.append("usedBy: *j\n");

    Reading reading = read(bomb.toString());

    assertThat(reading.document()).isNull();
    assertThat(keys(reading.errors())).containsExactly("publiccode.problem.tooManyAliases");
  }

  @Test
  void aliasesRepeatingOneLongValueCannotBlowUpTheReading() {
    String value = "x".repeat(200_000);
    StringBuilder text = new StringBuilder(minimal()).append("long: &long ").append(value);
    text.append("\nusedBy: [").append("*long, ".repeat(40)).append("*long]\n");

    Reading reading = read(text.toString());

    assertThat(keys(reading.errors())).containsExactly("publiccode.problem.expandsTooMuch");
  }

  @Test
  void nestingSixtyLevelsDeepIsRejectedQuickly() {
    StringBuilder deep = new StringBuilder(minimal()).append("extra:\n");
    for (int level = 1; level <= 60; level++) {
      deep.append("  ".repeat(level)).append("level").append(level).append(":\n");
    }
    deep.append("  ".repeat(61)).append("bottom\n");

    assertThat(keys(read(deep.toString()).errors())).containsExactly("publiccode.problem.tooDeep");
    assertThat(keys(read("[".repeat(100_000)).errors()))
        .containsExactly("publiccode.problem.tooDeep");
  }

  @Test
  void aMegabyteOfTinyValuesIsTurnedAwayWithinASecond() {
    StringBuilder many = new StringBuilder(minimal()).append("usedBy:\n");
    while (many.length() < 1_000_000) {
      many.append("  - [a, b, {c: d}]\n");
    }

    assertThat(keys(read(many.toString()).errors()))
        .containsExactly("publiccode.problem.tooManyValues");
  }

  @Test
  void aFileOverAMegabyteIsRejectedUnread() {
    String large = minimal() + "# " + "x".repeat(PubliccodeReader.MAX_CODE_POINTS) + "\n";

    assertThat(keys(read(large).errors())).containsExactly("publiccode.problem.tooLarge");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "---\n",
        "# only a comment\n",
        "just text",
        "- a\n- b\n",
        "{",
        "a: [",
        "a: *unknown",
        "? [a, b]\n: c\n",
        "name: !!python/object/apply:os.system ['ls']\n",
        "--- a\n--- b\n",
        "\u0000",
        "\uFEFFname: x\n",
        "a: &a [*a]\nusedBy: *a\n",
        "description: [a, b]\nlegal: text\nmaintenance: []\n"
      })
  void anyInputGivesErrorsNeverAnException(String text) {
    Reading reading = read(text);

    assertThat(reading.document()).isNull();
    assertThat(reading.errors()).isNotEmpty();
    for (Finding finding : reading.errors()) {
      assertThat(MessageBundles.hasText(finding.key())).as(finding.key()).isTrue();
    }
  }

  /** The smallest file with every key the reader requires. */
  static String minimal() {
    return """
        publiccodeYmlVersion: "0.4"
        name: Mini
        url: https://example.org/mini.git
        developmentStatus: beta
        softwareType: library
        description:
          en:
            shortDescription: A small library.
        legal:
          license: EUPL-1.2
        maintenance:
          type: none
        """;
  }
}
