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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar run as a separate process, the way README says, for the integration tests. */
final class Jar implements AutoCloseable {

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final Process process;
  final Path log;
  final int port;

  private Jar(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts {@code java -jar target/digilabs-hub.jar ARGS} on a free port; does not wait. */
  static Jar launch(String... args) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = Files.createTempFile("hub-jar", ".log");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-jar");
    command.add("target/digilabs-hub.jar");
    command.addAll(List.of(args));
    command.add("--server.port=" + port);
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new Jar(process, log, port);
  }

  /** Starts the platform and waits until it serves its home page. */
  static Jar serve(String... args) throws Exception {
    Jar jar = launch(args);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      assertThat(jar.process.isAlive()).as("the platform exited: %s", jar.tail()).isTrue();
      try {
        if (jar.get("/").statusCode() == 200) {
          return jar;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The platform did not serve within 120 s: " + jar.tail());
  }

  /** Runs a command (such as {@code reindex}) to its end; answers its exit code. */
  int exitCode() throws InterruptedException {
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("still running: %s", tail()).isTrue();
    return process.exitValue();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Language", "de")
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return e.toString();
    }
  }

  String tail() {
    String text = output();
    return text.substring(Math.max(0, text.length() - 3000));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
