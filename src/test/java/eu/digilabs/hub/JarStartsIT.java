package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, started the way README says ({@code java -jar target/digilabs-hub.jar}), with
 * precompiled templates and embedded defaults: it serves pages, assets and the API documentation.
 */
class JarStartsIT {

  static Jar platform;

  @BeforeAll
  static void start() throws Exception {
    // A relative data directory with "..", as people write them on the command line.
    platform = Jar.serve("--hub.data-dir=target/../target/jar-it-data-" + System.nanoTime());
  }

  @AfterAll
  static void stop() throws Exception {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void servesPagesWithDemoContentInGermanAndEnglish() throws Exception {
    assertThat(platform.get("/labs").body())
        .contains("<html lang=\"de\">", "Digitalisierungslabor Saarland", "Demo-Inhalt");
    assertThat(platform.get("/projects?lang=en").body())
        .contains("<html lang=\"en\">", "BAföG Digital", "Projects and cases");
    assertThat(platform.tail()).contains("First admin created");
  }

  @Test
  void servesAssetsAndTheApiDocumentation() throws Exception {
    assertThat(platform.get("/css/hub.css").statusCode()).isEqualTo(200);
    assertThat(platform.get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
    assertThat(platform.get("/v3/api-docs").body()).contains("\"openapi\":\"3.1");
    assertThat(platform.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    assertThat(platform.get("/api/v1/projects").body()).contains("\"total\":4");
    assertThat(platform.get("/api/v1/search?q=bafog").body()).contains("BAföG Digital");
  }
}
