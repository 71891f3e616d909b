package eu.digilabs.hub.translation;

import java.io.File;
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
import org.junit.jupiter.api.Assumptions;

/**
 * A real Apertium APY for tests, started on a free port on the modes the Debian packages install
 * ({@code apertium-apy}, {@code apertium-eng-spa}; {@code .ci/run} installs them). Outside CI a
 * machine without them skips the tests that need it; on CI they must run.
 */
public final class Apy implements AutoCloseable {

  static final Path MODES = Path.of("/usr/share/apertium/modes");

  private final Process process;
  public final URI url;

  private Apy(Process process, URI url) {
    this.process = process;
    this.url = url;
  }

  private static @org.jspecify.annotations.Nullable Apy shared;

  /**
   * One APY for all Spring tests of the JVM, stopped when it ends: their settings are then equal,
   * and they share one application context.
   */
  public static synchronized Apy shared() throws IOException, InterruptedException {
    if (shared == null || !shared.process.isAlive()) {
      Apy started = start();
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
      shared = started;
    }
    return shared;
  }

  public static Apy start() throws IOException, InterruptedException {
    boolean installed =
        Files.isDirectory(MODES) && Files.exists(MODES.resolve("spa-eng.mode")) && onPath();
    if (!installed) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(
            "CI must install apertium-apy and apertium-eng-spa (see .ci/run)");
      }
      Assumptions.abort("apertium-apy and apertium-eng-spa are not installed here");
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Process process =
        new ProcessBuilder("apertium-apy", "-p", String.valueOf(port), MODES.toString())
            .redirectErrorStream(true)
            .redirectOutput(File.createTempFile("apy", ".log"))
            .start();
    URI url = URI.create("http://localhost:" + port);
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> answer =
            client.send(
                HttpRequest.newBuilder(url.resolve("/listPairs")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return new Apy(process, url);
        }
      } catch (IOException notYet) {
        // still starting
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(200);
    }
    process.destroyForcibly();
    throw new IllegalStateException("apertium-apy did not start on port " + port);
  }

  private static boolean onPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "apertium-apy"))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    process.destroy();
  }
}
