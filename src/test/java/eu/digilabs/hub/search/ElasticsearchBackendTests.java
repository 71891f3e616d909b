package eu.digilabs.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code elasticsearch} profile switches the search backend by configuration. No Elasticsearch
 * or OpenSearch server can run on this machine, so a local fake HTTP server stands in for one: it
 * answers the REST calls Hibernate Search makes (index creation, search) and records them. This
 * checks that the platform starts on that backend, creates its indexes with the hub's analyzers and
 * the 384-dimension vector field, and sends words and vector queries; it does not check a real
 * cluster's ranking.
 */
@SpringBootTest
@ActiveProfiles({"test", "elasticsearch"})
class ElasticsearchBackendTests {

  record Call(String method, String path, String body) {}

  static final List<Call> calls = new CopyOnWriteArrayList<>();
  static final HttpServer server = start();

  static HttpServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            calls.add(new Call(method, path, body));
            int status;
            String answer;
            if (("GET".equals(method) || "HEAD".equals(method))
                && !path.endsWith("_search")
                && !path.endsWith("_count")) {
              // Index metadata, asked with ignore_unavailable: a new cluster has none.
              status = 200;
              answer = "{}";
            } else if (path.endsWith("_bulk")) {
              // One result per action line, as a cluster answers a bulk request.
              status = 200;
              StringBuilder items = new StringBuilder();
              for (String line : body.split("\n")) {
                Matcher action =
                    Pattern.compile("^\\{\"(index|create|update|delete)\"").matcher(line.strip());
                if (action.find()) {
                  items
                      .append(items.isEmpty() ? "" : ",")
                      .append("{\"")
                      .append(action.group(1))
                      .append("\":{\"status\":200,\"result\":\"created\"}}");
                }
              }
              answer = "{\"took\":1,\"errors\":false,\"items\":[" + items + "]}";
            } else if (path.endsWith("_search") || path.endsWith("_count")) {
              status = 200;
              answer =
                  "{\"took\":1,\"timed_out\":false,\"_shards\":{\"total\":1,\"successful\":1,"
                      + "\"skipped\":0,\"failed\":0},\"count\":0,\"hits\":{\"total\":{\"value\":0,"
                      + "\"relation\":\"eq\"},\"max_score\":null,\"hits\":[]}}";
            } else {
              status = 200;
              answer =
                  "{\"acknowledged\":true,\"shards_acknowledged\":true,\"errors\":false,"
                      + "\"items\":[],\"deleted\":0,\"_shards\":{\"total\":1,\"successful\":1,"
                      + "\"failed\":0}}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if ("HEAD".equals(method)) {
              exchange.sendResponseHeaders(status, -1);
            } else {
              exchange.sendResponseHeaders(status, bytes.length);
              exchange.getResponseBody().write(bytes);
            }
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.jpa.properties.hibernate.search.backend.hosts",
        () -> "127.0.0.1:" + server.getAddress().getPort());
    registry.add("spring.jpa.properties.hibernate.search.backend.version", () -> "8.15");
    registry.add(
        "spring.jpa.properties.hibernate.search.backend.version_check.enabled", () -> "false");
    registry.add("hub.demo.enabled", () -> "false");
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Autowired SearchService search;

  @Test
  void theIndexesAreCreatedWithTheHubsAnalyzersAndTheVectorField() {
    String created =
        calls.stream()
            .filter(call -> "PUT".equals(call.method()) && call.path().startsWith("/project"))
            .map(Call::body)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no index creation among " + calls));
    assertThat(created)
        .contains("\"hub_german\"", "\"dictionary_decompounder\"", "digitalisierung", "labor")
        .contains("\"hub_french\"", "\"hub_estonian\"", "\"hub_english\"")
        .contains("\"embedding\"", "\"dense_vector\"", "\"dims\":384");
  }

  /**
   * The mappings of every index, keys sorted, are those of the current index format (see {@link
   * IndexSchemaTests}): text fields with their analyzers and term vectors, the vector field with
   * its tuning. This build's mappings are written to {@code target/elasticsearch-mappings.json}.
   */
  @Test
  void theIndexMappingsAreThoseOfTheCurrentFormat() throws IOException {
    JsonMapper json =
        JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    Map<String, Object> mappings = new TreeMap<>();
    calls.stream()
        .filter(call -> "PUT".equals(call.method()) && call.body().contains("\"mappings\""))
        .forEach(
            call ->
                mappings.put(call.path(), json.readValue(call.body(), Map.class).get("mappings")));
    String actual = json.writeValueAsString(mappings) + "\n";
    Files.writeString(Path.of("target", "elasticsearch-mappings.json"), actual);
    try (var expected = getClass().getResourceAsStream("/search/elasticsearch-mappings.json")) {
      assertThat(actual).isEqualTo(new String(expected.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void searchesSendWordsAndVectorQueriesToTheCluster() {
    int before = calls.size();
    try {
      search.search(
          new SearchRequest(
              "Chatbot Bürgeranfragen",
              null,
              "DE",
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null),
          SearchService.Ranking.HYBRID);
    } catch (RuntimeException expected) {
      // The fake answers without aggregations; the requests are what this test checks.
    }
    try {
      search.search(SearchRequest.words("Chatbot Bürgeranfragen"), SearchService.Ranking.VECTOR);
    } catch (RuntimeException expected) {
      // As above.
    }
    List<String> searches =
        calls.subList(before, calls.size()).stream()
            .filter(c -> c.path().endsWith("_search"))
            .map(Call::body)
            .toList();
    assertThat(searches)
        .anySatisfy(body -> assertThat(body).contains("simple_query_string", "Chatbot"));
    assertThat(searches).anySatisfy(body -> assertThat(body).contains("\"knn\"", "\"embedding\""));
    assertThat(searches).allSatisfy(body -> assertThat(body).contains("\"visible\""));
  }
}
