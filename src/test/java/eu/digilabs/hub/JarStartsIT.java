package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, started the way README says ({@code java -jar target/digilabs-hub.jar}), with
 * precompiled templates and embedded defaults: it serves pages, assets and the API documentation.
 */
class JarStartsIT {

  static Process platform;
  static Path log;
  static int port;
  static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    // A relative data directory with "..", as people write them on the command line.
    String data = "target/../target/jar-it-data-" + System.nanoTime();
    log = Files.createTempFile("hub-jar", ".log");
    String java = ProcessHandle.current().info().command().orElse("java");
    platform =
        new ProcessBuilder(
                java,
                "-jar",
                "target/digilabs-hub.jar",
                "--server.port=" + port,
                "--hub.data-dir=" + data)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      assertThat(platform.isAlive()).as("the platform exited: %s", tail()).isTrue();
      try {
        if (get("/").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The platform did not serve within 120 s: " + tail());
  }

  @AfterAll
  static void stop() throws Exception {
    if (platform != null) {
      platform.destroy();
      if (!platform.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        platform.destroyForcibly();
      }
    }
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Language", "de")
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String tail() {
    try {
      String text = Files.readString(log);
      return text.substring(Math.max(0, text.length() - 3000));
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void servesPagesWithDemoContentInGermanAndEnglish() throws Exception {
    assertThat(get("/labs").body())
        .contains("<html lang=\"de\">", "Digitalisierungslabor Saarland", "Demo-Inhalt");
    assertThat(get("/projects?lang=en").body())
        .contains("<html lang=\"en\">", "BAföG Digital", "Projects and cases");
    assertThat(tail()).contains("First admin created");
  }

  @Test
  void servesAssetsAndTheApiDocumentation() throws Exception {
    assertThat(get("/css/hub.css").statusCode()).isEqualTo(200);
    assertThat(get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
    assertThat(get("/v3/api-docs").body()).contains("\"openapi\":\"3.1");
    assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/projects").body()).contains("\"total\":4");
    assertThat(get("/api/v1/search?q=bafog").body()).contains("BAföG Digital");
  }
}
