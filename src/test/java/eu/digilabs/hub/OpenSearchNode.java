package eu.digilabs.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real OpenSearch 2.19 node for every test class that searches on a cluster (profile {@code
 * elasticsearch}), started on first use in a JVM of its own from {@code
 * src/test/opensearch/HubTestNode.java} with the jars Maven copied to {@code
 * target/opensearch/lib}. Each Spring context gets its own index prefix, so contexts never see each
 * other's documents. The node stops with the test JVM (it ends when its standard input closes).
 */
public final class OpenSearchNode {

  private static final Path LIB = Path.of("target", "opensearch", "lib");
  private static final AtomicInteger CONTEXTS = new AtomicInteger();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static String address;
  private static IllegalStateException failure;

  private OpenSearchNode() {}

  /** Points the context's search backend at the node, starting it on first use. */
  public static synchronized void register(DynamicPropertyRegistry registry) {
    String host = address();
    registry.add("spring.jpa.properties.hibernate.search.backend.hosts", () -> host);
    registry.add("spring.jpa.properties.hibernate.search.backend.version", () -> "opensearch:2.19");
    // Unique on a node that outlives test runs too (-Dhub.test.opensearch): a reused pid must not
    // meet an earlier run's indexes.
    String prefix =
        "t"
            + Long.toString(System.currentTimeMillis(), 36)
            + "-"
            + CONTEXTS.incrementAndGet()
            + "-";
    registry.add("hub.search.index-prefix", () -> prefix);
    // A write is searchable when its transaction returns, as on the embedded index.
    registry.add(
        "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy",
        () -> "read-sync");
  }

  /** The node's {@code host:port}, starting it on first use. */
  public static synchronized String address() {
    if (failure != null) {
      // A start that failed once fails every later class at once instead of waiting again.
      throw failure;
    }
    if (address == null) {
      // A node already running (for example one started by hand while working on the backend).
      String given = System.getProperty("hub.test.opensearch");
      try {
        address = given != null && !given.isBlank() ? given : start();
      } catch (RuntimeException e) {
        failure = new IllegalStateException("The OpenSearch test node did not start", e);
        throw failure;
      }
    }
    return address;
  }

  /** A GET on the node, its answer's body (for checks of what the cluster holds). */
  public static String get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create("http://" + address() + path))
            .timeout(REQUEST_TIMEOUT)
            .GET()
            .build());
  }

  /** A request with a JSON body, its answer's body. */
  public static String send(String method, String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create("http://" + address() + path))
            .timeout(REQUEST_TIMEOUT)
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json")
            .build());
  }

  private static String send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String start() {
    if (!Files.isDirectory(LIB)) {
      throw new IllegalStateException(
          LIB + " is missing: run the tests through Maven (process-test-resources copies it)");
    }
    try {
      Path home = Files.createTempDirectory("hub-opensearch");
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process =
          new ProcessBuilder(
                  List.of(
                      java.toString(),
                      "-Xms256m",
                      "-Xmx512m",
                      "-XX:+UseSerialGC",
                      "-Dopensearch.set.netty.runtime.available.processors=false",
                      "-cp",
                      LIB.toAbsolutePath() + "/*",
                      Path.of("src", "test", "opensearch", "HubTestNode.java")
                          .toAbsolutePath()
                          .toString(),
                      home.toString()))
              .redirectErrorStream(true)
              .redirectOutput(home.resolve("node.log").toFile())
              .start();
      // No shutdown hook stops it: the contexts close at exit and still talk to the node; it ends
      // when this JVM has gone and its standard input closes.
      Path ports = home.resolve("logs").resolve("http.ports");
      Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "OpenSearch ended at start:\n" + Files.readString(home.resolve("node.log")));
        }
        if (Files.exists(ports)) {
          String host =
              Files.readString(ports, StandardCharsets.UTF_8).lines().findFirst().orElse("");
          if (!host.isBlank() && healthy(host)) {
            return host;
          }
        }
        Thread.sleep(200);
      }
      process.destroy();
      throw new IllegalStateException(
          "OpenSearch was not ready within 2 minutes:\n"
              + Files.readString(home.resolve("node.log")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean healthy(String host) {
    try {
      HttpResponse<String> health =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://" + host + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
