package eu.digilabs.hub;

import static eu.digilabs.hub.PubliccodeStandard.map;
import static eu.digilabs.hub.PubliccodeStandard.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hub's own {@code publiccode.yml} has every key the publiccode.yml standard (0.4) makes
 * mandatory, with values in the formats it allows, and names the licence in {@code LICENSE}.
 */
class PubliccodeYmlTests {

  Map<String, Object> publiccode() throws Exception {
    return PubliccodeStandard.parse(
        Files.readString(Path.of("publiccode.yml"), StandardCharsets.UTF_8));
  }

  @Test
  void theTopLevelKeysTheStandardRequiresHaveAllowedValues() throws Exception {
    PubliccodeStandard.assertTopLevelKeys(publiccode());
  }

  @Test
  void everyDescriptionIsInALanguageWithinTheStandardsLengths() throws Exception {
    PubliccodeStandard.assertDescriptions(publiccode());
  }

  @Test
  void legalMaintenanceAndLocalisationAreStated() throws Exception {
    PubliccodeStandard.assertLegalMaintenanceAndLocalisation(publiccode());
  }

  @Test
  void theLicenceIsTheOneInLicense() throws Exception {
    assertThat(text(map(publiccode().get("legal")).get("license"))).isEqualTo("EUPL-1.2");
    assertThat(Files.readString(Path.of("LICENSE")))
        .contains("EUROPEAN UNION PUBLIC LICENCE v. 1.2");
  }
}
