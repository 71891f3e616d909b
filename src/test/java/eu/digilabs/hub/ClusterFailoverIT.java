package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two packaged jars with the {@code cluster} profile on one PostgreSQL and one OpenSearch node, as
 * docs/operations.md describes. A writer creates 200 labs through the API, alternating between the
 * nodes, while node A is killed with SIGKILL at a random moment: every write that was acknowledged
 * (201) is readable from node B exactly once, and once the agents have settled the search index
 * holds exactly the labs of the database.
 */
class ClusterFailoverIT {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String ADMIN = "admin@digilabs.localhost";
  static final String ADMIN_PASSWORD = "Kranich Lavendel Nordwind 42";
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  static final Pattern TOKEN = Pattern.compile("<code id=\"new-token\">([^<]+)</code>");
  static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

  static final Map<String, String> shared = new LinkedHashMap<>();
  static Jar nodeA;
  static Jar nodeB;
  static String token;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    DynamicPropertyRegistry registry =
        (name, value) -> shared.put(name, String.valueOf(value.get()));
    EmbeddedPostgres.register(registry);
    OpenSearchNode.register(registry);
    shared.remove("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy");
    List<String> args = new ArrayList<>();
    shared.forEach((name, value) -> args.add("--" + name + "=" + value));
    args.add("--spring.profiles.active=elasticsearch,cluster");
    // One data directory for both, as on shared storage.
    args.add("--hub.data-dir=target/cluster-it-" + System.nanoTime());
    args.add("--hub.demo.enabled=false");
    args.add("--hub.reference-data.enabled=false");
    args.add("--hub.accounts.admin-password=" + ADMIN_PASSWORD);
    String[] arguments = args.toArray(String[]::new);
    CompletableFuture<Jar> a = CompletableFuture.supplyAsync(() -> serve(arguments));
    CompletableFuture<Jar> b = CompletableFuture.supplyAsync(() -> serve(arguments));
    nodeA = a.join();
    nodeB = b.join();
    token = writeToken(nodeA);
  }

  @AfterAll
  static void stop() throws Exception {
    for (Jar node : new Jar[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
  }

  @Test
  void killingANodeDuringTwoHundredWritesLosesNoAcknowledgedWrite() throws Exception {
    String marker = "Failover" + Long.toString(System.nanoTime(), 36);
    // The kill comes at a random write between the 40th and the 140th, mid-request or between two.
    int killAt = ThreadLocalRandom.current().nextInt(40, 140);
    Map<Long, String> acknowledged = new LinkedHashMap<>();
    int refused = 0;
    CompletableFuture<Void> kill = null;
    for (int i = 0; i < 200; i++) {
      if (i == killAt) {
        kill =
            CompletableFuture.runAsync(
                () -> {
                  sleep(ThreadLocalRandom.current().nextInt(0, 20));
                  nodeA.process.destroyForcibly();
                });
      }
      Jar node = i % 2 == 0 && nodeA.process.isAlive() ? nodeA : nodeB;
      String name = marker + " Lab " + i;
      try {
        HttpResponse<String> created = createLab(node, name);
        if (created.statusCode() == 201) {
          acknowledged.put(JSON.readTree(created.body()).get("id").asLong(), name);
        } else {
          refused++;
        }
      } catch (IOException e) {
        refused++;
      }
    }
    if (kill != null) {
      kill.join();
    }
    assertThat(nodeA.process.isAlive()).isFalse();
    System.out.printf(
        "Cluster failover: node A killed at write %d; %d writes acknowledged, %d refused%n",
        killAt, acknowledged.size(), refused);
    assertThat(acknowledged.size()).isGreaterThanOrEqualTo(150);

    for (Map.Entry<Long, String> write : acknowledged.entrySet()) {
      HttpResponse<String> read = nodeB.get("/api/v1/labs/" + write.getKey());
      assertThat(read.statusCode()).as("lab %d on node B", write.getKey()).isEqualTo(200);
      assertThat(JSON.readTree(read.body()).get("name").asString()).isEqualTo(write.getValue());
    }
    Map<String, Integer> stored = labsByName(marker);
    assertThat(stored.values()).as("no write stored twice").allMatch(n -> n == 1);
    assertThat(stored.keySet()).containsAll(acknowledged.values());

    long settled = System.nanoTime();
    Awaitility.await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> indexedLabIds().equals(labIds()));
    System.out.printf(
        "Cluster failover: the index held exactly the database's labs %d s after the writes%n",
        Duration.ofNanos(System.nanoTime() - settled).toSeconds());
  }

  private static Jar serve(String[] args) {
    try {
      return Jar.serve(args);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> createLab(Jar node, String name)
      throws IOException, InterruptedException {
    return Jar.HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + node.port + "/api/v1/labs"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(20))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"name\":\"" + name + "\",\"country\":\"DE\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Signs the admin in through the form and makes a write token on the profile page. */
  private static String writeToken(Jar node) throws Exception {
    HttpResponse<String> form = node.get("/login");
    String session = cookie(form);
    HttpResponse<String> signedIn =
        post(
            node,
            "/login",
            session,
            "email="
                + encode(ADMIN)
                + "&password="
                + encode(ADMIN_PASSWORD)
                + "&_csrf="
                + encode(match(CSRF, form.body())));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    session = cookie(signedIn);
    HttpResponse<String> profile =
        Jar.HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + node.port + "/profile"))
                .header("Cookie", "JSESSIONID=" + session)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> created =
        post(
            node,
            "/profile/tokens",
            session,
            "name=failover&days=1&scope=WRITE&_csrf=" + encode(match(CSRF, profile.body())));
    return match(TOKEN, created.body());
  }

  private static HttpResponse<String> post(Jar node, String path, String session, String body)
      throws IOException, InterruptedException {
    return Jar.HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + node.port + path))
            .header("Cookie", "JSESSIONID=" + session)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String cookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(SESSION::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
  }

  private static String match(Pattern pattern, String page) {
    Matcher matcher = pattern.matcher(page);
    assertThat(matcher.find()).as("%s on the page", pattern).isTrue();
    return matcher.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Map<String, Integer> labsByName(String marker) throws SQLException {
    Map<String, Integer> names = new LinkedHashMap<>();
    try (Connection db = database();
        Statement statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT name, COUNT(*) FROM lab WHERE name LIKE '" + marker + "%' GROUP BY name")) {
      while (rows.next()) {
        names.put(rows.getString(1), rows.getInt(2));
      }
    }
    return names;
  }

  private static Set<String> labIds() throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Connection db = database();
        Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id FROM lab")) {
      while (rows.next()) {
        ids.add(Long.toString(rows.getLong(1)));
      }
    }
    return ids;
  }

  private static Set<String> indexedLabIds() {
    String prefix = shared.get("hub.search.index-prefix");
    OpenSearchNode.send("POST", "/" + prefix + "lab-read/_refresh", "");
    JsonNode hits =
        JSON.readTree(
                OpenSearchNode.send(
                    "POST",
                    "/" + prefix + "lab-read/_search",
                    "{\"size\":1000,\"_source\":false,\"query\":{\"match_all\":{}}}"))
            .get("hits")
            .get("hits");
    Set<String> ids = new HashSet<>();
    hits.forEach(hit -> ids.add(hit.get("_id").asString()));
    return ids;
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        shared.get("spring.datasource.url"),
        shared.get("spring.datasource.username"),
        shared.get("spring.datasource.password"));
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
