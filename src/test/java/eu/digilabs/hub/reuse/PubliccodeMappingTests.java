package eu.digilabs.hub.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.PubliccodeStandard;
import eu.digilabs.hub.reuse.PubliccodeMapping.Imported;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * publiccode.yml onto a solution and back, without a database: which description the importer sees,
 * the scales, what is kept, and that the export passes the standard's checks and imports again as
 * the same solution.
 */
class PubliccodeMappingTests {

  static Publiccode file(String text) {
    Publiccode file = PubliccodeRoundTrip.read(text);
    assertThat(file).as(text).isNotNull();
    return file;
  }

  static Publiccode minimal(String replace, String with) {
    return file(PubliccodeReaderTests.minimal().replace(replace, with));
  }

  static SolutionCommand hubSolution(
      String kind, String status, String licence, String repository, Long lab) {
    return new SolutionCommand(
        "Antrag digital",
        "Anträge online stellen",
        null,
        "de",
        lab,
        lab == null ? 3L : null,
        "DE",
        "DE-HH",
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        kind,
        kind.equals("standard") ? null : "provider-hosted",
        licence,
        repository,
        null,
        "1.2",
        LocalDate.of(2026, 3, 1),
        3,
        List.of(),
        null,
        status,
        List.of(),
        List.of(),
        null);
  }

  static Map<String, Object> exported(Solution solution) {
    String written = PubliccodeRoundTrip.export(solution);
    Map<String, Object> yml = PubliccodeStandard.parse(written);
    PubliccodeStandard.assertConforms(yml);
    return yml;
  }

  @Test
  void aGermanImporterSeesTheGermanDescriptionAndTheEnglishOneIsKept() {
    Imported imported =
        PubliccodeRoundTrip.map(file(PubliccodeCorpus.text("it-at-m__mucgpt.yml")), "de");
    SolutionCommand c = imported.command();

    assertThat(c.name()).isEqualTo("KI-Werkzeug");
    assertThat(c.contentLanguage()).isEqualTo("de");
    assertThat(c.shortDescription()).startsWith("MUCGPT ist ein KI-Werkzeug");
    assertThat(c.description())
        .startsWith("# MUCGPT 2.0 - Assistenten im Mittelpunkt")
        .endsWith(
            "\n\n- KI-Chat\n- Assistenten erstellen und teilen\n"
                + "- Erweiterbare Tools (z. B. Brainstorming, Einfache Sprache)");
    assertThat(imported.descriptions()).containsOnlyKeys("en");
    assertThat(imported.descriptions().get("en").name()).isEqualTo("AI toolkit");
    assertThat(imported.values())
        .containsEntry("name", "MUCGPT")
        .containsEntry("description.en.features.3", "summarization")
        .containsEntry("platforms.0", "web")
        .containsEntry(
            "usedBy.0", "Landeshauptstadt Stuttgart (BW): Fork unter dem Namen \"ChatSTR\"")
        .containsEntry("developmentStatus", "stable")
        .containsEntry("softwareType", "standalone/web")
        .containsEntry("localisation.availableLanguages.3", "uk")
        .doesNotContainKey("intendedAudience.countries.0");
    assertThat(c.country()).isEqualTo("DE");
    assertThat(c.repositoryUrl()).isEqualTo("https://github.com/it-at-m/mucgpt");
    assertThat(c.documentationUrl()).isEqualTo("https://it-at-m.github.io/mucgpt/");
    assertThat(c.softwareVersion()).isEqualTo("2.0");
    assertThat(c.releaseDate()).isEqualTo(LocalDate.of(2025, 4, 24));
    assertThat(c.kind()).isEqualTo("software");
    assertThat(c.operatingModel()).isEqualTo("self-hosted");
    assertThat(c.status()).isEqualTo("available");
    assertThat(c.licence()).isEqualTo("MIT");
    assertThat(c.contactName())
        .isEqualTo("Landeshauptstadt München - Data & AI Center of Excellence");
    assertThat(c.contactEmail()).isEqualTo("ki@muenchen.de");
    assertThat(c.providerLabId()).isEqualTo(PubliccodeRoundTrip.LAB);
    assertThat(imported.sourceKey()).isEqualTo("github.com/it-at-m/mucgpt");
    assertThat(PubliccodeRoundTrip.problems(c)).isEmpty();
  }

  @Test
  void anEnglishImporterSeesTheEnglishDescription() {
    Imported imported =
        PubliccodeRoundTrip.map(file(PubliccodeCorpus.text("it-at-m__mucgpt.yml")), "en");

    assertThat(imported.command().name()).isEqualTo("AI toolkit");
    assertThat(imported.command().contentLanguage()).isEqualTo("en");
    assertThat(imported.descriptions()).containsOnlyKeys("de");
  }

  @Test
  void withoutTheImportersLanguageEnglishElseTheFirstDescriptionIsShown() {
    Publiccode twoLanguages = file(PubliccodeCorpus.text("Arpapiemonte__openoise-meter.yml"));
    assertThat(twoLanguages.descriptions()).containsOnlyKeys("it", "en");
    assertThat(PubliccodeRoundTrip.map(twoLanguages, "de").command().contentLanguage())
        .isEqualTo("en");

    Publiccode swedish = file(PubliccodeCorpus.text("Cetriq__CuraNexus.yml"));
    Imported imported = PubliccodeRoundTrip.map(swedish, "de");
    assertThat(imported.command().contentLanguage()).isEqualTo("sv");
    assertThat(imported.descriptions()).isEmpty();
  }

  @Test
  void aLanguageTagIsMatchedByItsPrimaryLanguageAndKeptAsWritten() {
    Imported imported =
        PubliccodeRoundTrip.map(file(PubliccodeCorpus.text("regione-piemonte__scriva.yml")), "de");

    assertThat(imported.command().contentLanguage()).isEqualTo("it");
    assertThat(imported.values()).containsEntry("descriptionLanguage", "it-IT");
  }

  @ParameterizedTest
  @CsvSource({
    "concept, in-development",
    "development, in-development",
    "beta, available",
    "stable, available",
    "obsolete, retired"
  })
  void theDevelopmentStatusGivesTheStatus(String developmentStatus, String status) {
    Publiccode file = minimal("developmentStatus: beta", "developmentStatus: " + developmentStatus);

    SolutionCommand command = PubliccodeRoundTrip.map(file, "en").command();

    assertThat(command.status()).isEqualTo(status);
  }

  @ParameterizedTest
  @CsvSource({
    "standalone/web, software, self-hosted",
    "standalone/mobile, software, self-hosted",
    "standalone/other, software, self-hosted",
    "addon, component, ",
    "library, component, ",
    "configurationFiles, component, "
  })
  void theSoftwareTypeGivesTheKind(String type, String kind, String operatingModel) {
    Publiccode file = minimal("softwareType: library", "softwareType: " + type);

    SolutionCommand command = PubliccodeRoundTrip.map(file, "en").command();

    assertThat(command.kind()).isEqualTo(kind);
    assertThat(command.operatingModel()).isEqualTo(operatingModel);
  }

  @Test
  void theItalianSectionMeansItalyAndOneCountryOfTheVocabularyIsTheCountry() {
    Publiccode italian = file(PubliccodeCorpus.text("AgID__wai-portal.yml"));
    assertThat(PubliccodeRoundTrip.map(italian, "de").command().country()).isEqualTo("IT");

    String audience = "\nintendedAudience:\n  countries:\n    - %s\n";
    Publiccode french = minimal("legal:", audience.formatted("fr") + "legal:");
    Imported imported = PubliccodeRoundTrip.map(french, "en");
    assertThat(imported.command().country()).isEqualTo("FR");
    assertThat(imported.values()).doesNotContainKey("intendedAudience.countries.0");

    Publiccode brazil = minimal("legal:", audience.formatted("BR") + "legal:");
    imported = PubliccodeRoundTrip.map(brazil, "en");
    assertThat(imported.command().country()).isNull();
    assertThat(imported.values()).containsEntry("intendedAudience.countries.0", "BR");
  }

  @Test
  void anEmailThatIsNoAddressAndAGitUrlAreKeptNotTaken() {
    Publiccode file =
        file(
            PubliccodeReaderTests.minimal()
                .replace("url: https://example.org/mini.git", "url: git://example.org/mini.git")
                .replace(
                    "type: none",
                    "type: internal\n  contacts:\n    - name: Ada\n      email: ada at example.org"));

    Imported imported = PubliccodeRoundTrip.map(file, "en");

    assertThat(imported.command().repositoryUrl()).isNull();
    assertThat(imported.command().contactName()).isEqualTo("Ada");
    assertThat(imported.command().contactEmail()).isNull();
    assertThat(imported.values())
        .containsEntry("url", "git://example.org/mini.git")
        .containsEntry("maintenance.contacts.0.email", "ada at example.org");
    assertThat(PubliccodeRoundTrip.problems(imported.command())).isEmpty();
  }

  @Test
  void theSameRepositoryHasTheSameSourceKeyHoweverItIsWritten() {
    assertThat(PubliccodeMapping.sourceKey("https://GitHub.com/Italia/18app.git/"))
        .isEqualTo(PubliccodeMapping.sourceKey("http://github.com/italia/18app"))
        .isEqualTo("github.com/italia/18app");
    assertThat(PubliccodeMapping.sourceKey("https://example.org/" + "a".repeat(400)))
        .startsWith("sha256:")
        .hasSizeLessThanOrEqualTo(300);
  }

  @Test
  void featuresAppendedToTheDescriptionAreTakenOffAgainWhileTheyAreThere() {
    List<String> features = List.of("Forms", "Payments\nonline");
    String description = PubliccodeMapping.withFeatures("What it does.", features);

    assertThat(description).isEqualTo("What it does.\n\n- Forms\n- Payments online");
    assertThat(PubliccodeMapping.withoutFeatures(description, features)).isEqualTo("What it does.");
    assertThat(PubliccodeMapping.withoutFeatures("Rewritten by the editor.", features))
        .isEqualTo("Rewritten by the editor.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "it-at-m__mucgpt.yml",
        "MinBZK__par-dpia-form.yml",
        "OS2mo__os2mo.yml",
        "Cetriq__CuraNexus.yml",
        "AgID__wai-portal.yml",
        "suitenumerique__meet.yml",
        "Amsterdam__design-system.yml",
        "italia__18app.yml"
      })
  void importExportAndImportAgainGiveTheSameSolution(String name) {
    Solution first =
        PubliccodeRoundTrip.solution(
            PubliccodeRoundTrip.map(file(PubliccodeCorpus.text(name)), "de"));

    String written = PubliccodeRoundTrip.export(first);
    PubliccodeStandard.assertConforms(PubliccodeStandard.parse(written));
    Solution second = PubliccodeRoundTrip.solution(PubliccodeRoundTrip.map(file(written), "de"));

    assertThat(second.command()).isEqualTo(first.command());
    assertThat(second.publiccodeValues()).isEqualTo(first.publiccodeValues());
    assertThat(second.descriptions()).isEqualTo(first.descriptions());
  }

  @Test
  void aKeptValueThatNoLongerFitsTheSolutionGivesWayToOneDerivedFromIt() {
    Solution solution =
        PubliccodeRoundTrip.solution(
            PubliccodeRoundTrip.map(file(PubliccodeCorpus.text("italia__18app.yml")), "de"));
    assertThat(solution.publiccodeValues()).containsEntry("developmentStatus", "beta");
    SolutionCommand retired = solution.command();
    retired =
        new SolutionCommand(
            retired.name(),
            retired.shortDescription(),
            "Rewritten by the editor.",
            retired.contentLanguage(),
            retired.providerLabId(),
            retired.providerOrganisationId(),
            retired.country(),
            retired.region(),
            retired.contactName(),
            retired.contactEmail(),
            retired.contactUrl(),
            retired.serviceIds(),
            retired.policyAreas(),
            retired.technologies(),
            retired.standards(),
            "component",
            null,
            retired.licence(),
            retired.repositoryUrl(),
            retired.documentationUrl(),
            retired.softwareVersion(),
            retired.releaseDate(),
            retired.maturity(),
            retired.readiness(),
            retired.hostingLocation(),
            "retired",
            List.of(),
            List.of(),
            retired.version());
    solution.apply(retired, PubliccodeRoundTrip.LICENCES.check(retired.licence()));

    Map<String, Object> yml = exported(solution);

    assertThat(yml).containsEntry("developmentStatus", "obsolete");
    assertThat(yml).containsEntry("softwareType", "library");
    Map<String, Object> italian =
        PubliccodeStandard.map(PubliccodeStandard.map(yml.get("description")).get("it"));
    assertThat((String) italian.get("longDescription"))
        .startsWith("Rewritten by the editor.\n\nThis solution is listed on Digilabs Hub");
  }

  @Test
  void anOnlineServiceMadeOnTheHubIsExportedWithEveryKeyTheStandardRequires() {
    SolutionCommand command = hubSolution("online-service", "in-operation", "EUPL-1.2", null, 5L);
    Solution solution = new Solution(command, PubliccodeRoundTrip.LICENCES.check("EUPL-1.2"), null);

    Map<String, Object> yml = exported(solution);

    assertThat(yml)
        .containsEntry("name", "Antrag digital")
        .containsEntry("url", "https://hub.example.org/solutions/7")
        .containsEntry("platforms", List.of("web"))
        .containsEntry("developmentStatus", "stable")
        .containsEntry("softwareType", "standalone/web")
        .containsEntry("softwareVersion", "1.2")
        .containsEntry("releaseDate", "2026-03-01");
    assertThat(PubliccodeStandard.map(yml.get("intendedAudience")))
        .containsEntry("countries", List.of("DE"));
    Map<String, Object> maintenance = PubliccodeStandard.map(yml.get("maintenance"));
    assertThat(maintenance).containsEntry("type", "internal");
    assertThat(maintenance.get("contacts"))
        .isEqualTo(List.of(Map.of("name", "Innovationslabor Beispielstadt")));
    assertThat(PubliccodeStandard.map(yml.get("localisation")))
        .containsEntry("localisationReady", false)
        .containsEntry("availableLanguages", List.of("de"));
    Map<String, Object> german =
        PubliccodeStandard.map(PubliccodeStandard.map(yml.get("description")).get("de"));
    assertThat(german)
        .containsEntry("shortDescription", "Anträge online stellen")
        .containsEntry("features", List.of("Anträge online stellen"));
  }

  @Test
  void aStandardOfAnOrganisationWithoutLicenceOrContactIsExportedAsWell() {
    SolutionCommand command =
        hubSolution("standard", "in-development", null, "https://example.org/spec", null);
    Solution solution = new Solution(command, PubliccodeRoundTrip.LICENCES.check(null), null);

    Map<String, Object> yml =
        PubliccodeStandard.parse(
            PubliccodeWriter.write(
                PubliccodeMapping.toPubliccode(
                    solution,
                    new SolutionPubliccode.Export(
                        "http://localhost:8080/solutions/7",
                        null,
                        "Stadt Beispiel",
                        PubliccodeRoundTrip.EXPORT.pointer()))));
    PubliccodeStandard.assertConforms(yml);

    assertThat(yml)
        .containsEntry("url", "https://example.org/spec")
        .containsEntry("developmentStatus", "development")
        .containsEntry("softwareType", "configurationFiles");
    assertThat(PubliccodeStandard.map(yml.get("legal")))
        .containsEntry("license", SolutionPubliccode.LICENCE_NOT_STATED)
        .containsEntry("mainCopyrightOwner", "Stadt Beispiel");
    assertThat(PubliccodeStandard.map(yml.get("maintenance"))).containsEntry("type", "none");
  }
}
