package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, started the way README says ({@code java -jar target/digilabs-hub.jar}), with
 * precompiled templates and embedded defaults, on an empty data directory: it answers while the
 * method toolkit, the demo content and the reference data are loaded in the background, and then
 * serves the real cases beside the demo content, pages, assets and the API documentation.
 */
class JarStartsIT {

  static final String IMPORT_NOTICE = "Reference data is being imported";
  static final String SETUP_NOTICE = "The platform is being set up";
  static final int DEMO_PROJECTS = 5;
  static final int REFERENCE_CASES = 853 + 143;

  static Jar platform;
  static Duration firstAnswer;
  static String homeAtFirstAnswer;
  static String homeWhileImporting;

  @BeforeAll
  static void start() throws Exception {
    Instant launched = Instant.now();
    // A relative data directory with "..", as people write them on the command line.
    platform = Jar.serve("--hub.data-dir=target/../target/jar-it-data-" + System.nanoTime());
    firstAnswer = Duration.between(launched, Instant.now());
    System.out.printf("The jar answered / after %d ms%n", firstAnswer.toMillis());
    homeAtFirstAnswer = home();
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> home().contains(IMPORT_NOTICE) || !importRunning());
    homeWhileImporting = home();
    Awaitility.await()
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> !importRunning());
  }

  @AfterAll
  static void stop() throws Exception {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void answersAtOnceAndImportsTheReferenceDataInTheBackground() throws Exception {
    assertThat(firstAnswer).isLessThan(Duration.ofSeconds(120));
    // The method toolkit and the demo content are written while the site already answers.
    assertThat(homeAtFirstAnswer).contains(SETUP_NOTICE);
    assertThat(homeWhileImporting).contains(IMPORT_NOTICE);
    assertThat(platform.get("/api/v1/projects").body())
        .contains("\"total\":" + (DEMO_PROJECTS + REFERENCE_CASES));
    assertThat(platform.get("/projects?lang=en").body()).contains("1,001 projects");
    assertThat(platform.get("/projects?lang=en&source=IPSO%20cases%202022").body())
        .contains("853 projects");
    assertThat(platform.tail()).contains("Reference data ai-watch-cases-2020 imported");
  }

  @Test
  void servesPagesWithDemoContentInGermanAndEnglish() throws Exception {
    assertThat(platform.get("/labs").body())
        .contains("<html lang=\"de\">", "Digitalisierungslabor Saarland", "Demo-Inhalt");
    assertThat(platform.get("/projects?lang=en&q=BAf%C3%B6G").body())
        .contains("<html lang=\"en\">", "BAföG Digital", "Projects and cases");
    assertThat(platform.output()).contains("First admin created");
  }

  @Test
  void servesAssetsAndTheApiDocumentation() throws Exception {
    assertThat(platform.get("/css/hub.css").statusCode()).isEqualTo(200);
    assertThat(platform.get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
    assertThat(platform.get("/v3/api-docs").body()).contains("\"openapi\":\"3.1");
    assertThat(platform.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    assertThat(platform.get("/api/v1/search?q=bafog").body()).contains("BAföG Digital");
  }

  private static String home() throws Exception {
    return platform.get("/?lang=en").body();
  }

  private static boolean importRunning() throws Exception {
    return platform.get("/?lang=en").body().contains(IMPORT_NOTICE)
        || !platform.output().contains("Reference data ai-watch-cases-2020 imported");
  }
}
