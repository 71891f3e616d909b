package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.search.SearchRequest;
import eu.digilabs.hub.search.SearchResults;
import eu.digilabs.hub.search.SearchService;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Two hub nodes with the {@code cluster} profile on one PostgreSQL and one OpenSearch, started
 * together as a cluster's nodes would be: their start-up work takes turns, a visitor signed in on
 * one node goes on on the other (sessions in the database), and a change made through one node is
 * found by the other's search (through the outbox table). Each node is a whole platform with its
 * own web server on a free port.
 */
class TwoNodesTests {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

  static ConfigurableApplicationContext nodeA;
  static ConfigurableApplicationContext nodeB;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startTwoNodesTogether() {
    Map<String, String> shared = new LinkedHashMap<>();
    DynamicPropertyRegistry registry =
        (name, value) -> shared.put(name, String.valueOf(value.get()));
    EmbeddedPostgres.register(registry);
    OpenSearchNode.register(registry);
    // With the outbox, indexing happens after the transaction, whatever a request would wait for.
    shared.remove("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy");
    List<String> arguments = new ArrayList<>();
    // Arguments, since default properties would lose to the test profile's own database.
    shared.forEach((name, value) -> arguments.add("--" + name + "=" + value));
    arguments.add("--spring.profiles.active=test,elasticsearch,cluster");
    arguments.add("--server.port=0");
    String[] args = arguments.toArray(String[]::new);
    CompletableFuture<ConfigurableApplicationContext> a =
        CompletableFuture.supplyAsync(() -> node(args));
    CompletableFuture<ConfigurableApplicationContext> b =
        CompletableFuture.supplyAsync(() -> node(args));
    nodeA = a.join();
    nodeB = b.join();
  }

  private static ConfigurableApplicationContext node(String[] args) {
    return new SpringApplicationBuilder(HubApplication.class).run(args);
  }

  @AfterAll
  static void stop() {
    for (ConfigurableApplicationContext node :
        new ConfigurableApplicationContext[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
  }

  @Test
  void nodesStartedTogetherDoTheStartupWorkOnce() {
    JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE admin", Integer.class))
        .as("one first admin")
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lab", Integer.class))
        .as("the demo labs once each")
        .isPositive()
        .isEqualTo(jdbc.queryForObject("SELECT COUNT(DISTINCT name) FROM lab", Integer.class));
    assertThat(jdbc.queryForList("SELECT name FROM shedlock", String.class))
        .contains("startup-FirstAdmin");
  }

  @Test
  void aVisitorSignedInOnOneNodeGoesOnOnTheOther() throws Exception {
    String email = "two-nodes-" + UUID.randomUUID() + "@example.org";
    TestAccounts.member(nodeA, email, "Ada Two-Nodes");

    String session = signIn(port(nodeA), email, "member-password-1");

    HttpResponse<String> onB = get(port(nodeB), "/profile", session);
    assertThat(onB.statusCode()).isEqualTo(200);
    assertThat(onB.body()).contains("Ada Two-Nodes");

    HttpResponse<String> signOut =
        post(port(nodeB), "/logout", session, List.of("_csrf", csrf(onB.body())));
    assertThat(signOut.statusCode()).isEqualTo(302);

    HttpResponse<String> backOnA = get(port(nodeA), "/profile", session);
    assertThat(backOnA.statusCode()).as("signed out on B is signed out on A").isEqualTo(302);
    assertThat(backOnA.headers().firstValue("Location"))
        .hasValueSatisfying(l -> l.endsWith("/login"));
  }

  @Test
  void aChangeThroughOneNodeIsFoundByTheOthersSearchWithinFiveSecondsAndIndexedOnce() {
    String word = "knotenprobe" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    long lab = TestContent.lab(nodeA, Fixtures.lab("Cluster Lab " + word));
    long started = System.nanoTime();
    long project =
        TestContent.publishedProject(
            nodeA, Fixtures.project().title("Zwei Knoten " + word).lab(lab).build());

    SearchService searchOnB = nodeB.getBean(SearchService.class);
    Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> searchOnB.search(SearchRequest.words(word)).total() >= 2);
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    System.out.printf("A change through node A was found on node B after %d ms%n", millis);

    SearchResults found = searchOnB.search(SearchRequest.words(word));
    assertThat(found.hits())
        .extracting(SearchResults.Hit::type, SearchResults.Hit::id)
        .as("the lab and the project, each indexed once")
        .containsExactlyInAnyOrder(tuple("lab", lab), tuple("project", project));
    JdbcTemplate jdbc = nodeB.getBean(JdbcTemplate.class);
    Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                jdbc.queryForObject("SELECT COUNT(*) FROM hsearch_outbox_event", Integer.class)
                    == 0);
  }

  /** Signs in through the login form and returns the session cookie's value. */
  private String signIn(int port, String email, String password) throws Exception {
    HttpResponse<String> form = get(port, "/login", null);
    String session = cookie(form);
    HttpResponse<String> signedIn =
        post(
            port,
            "/login",
            session,
            List.of("email", email, "password", password, "_csrf", csrf(form.body())));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    // Signing in gives the session a new id.
    return cookie(signedIn);
  }

  private HttpResponse<String> get(int port, String path, String session)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(port, path)).header("Accept-Language", "en");
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(int port, String path, String session, List<String> fields)
      throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < fields.size(); i += 2) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(fields.get(i), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri(port, path))
            .header("Cookie", "JSESSIONID=" + session)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String cookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(SESSION::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
  }

  private static String csrf(String page) {
    Matcher matcher = CSRF.matcher(page);
    assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
    return matcher.group(1);
  }

  private static URI uri(int port, String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static int port(ConfigurableApplicationContext node) {
    return Integer.parseInt(node.getEnvironment().getProperty("local.server.port", "0"));
  }
}
