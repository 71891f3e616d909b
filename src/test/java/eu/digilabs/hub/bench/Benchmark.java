package eu.digilabs.hub.bench;

import com.zaxxer.hikari.HikariDataSource;
import eu.digilabs.hub.HubApplication;
import eu.digilabs.hub.assistant.AssistantService;
import eu.digilabs.hub.search.Embeddings;
import eu.digilabs.hub.search.SearchFields;
import eu.digilabs.hub.search.SearchService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The search benchmark: a command, not a test ({@code mvn -Pbench verify}, see
 * docs/performance.md). Generates N projects (default 100,000) and N/50 labs from the real cases'
 * vocabulary with a fixed seed, indexes them without and with embeddings, measures the raw model
 * throughput on the same texts, runs a fixed query mix over HTTP at 1, 8 and 32 concurrent clients
 * for search and "similar", runs the same queries against PostgreSQL full-text search (tsvector +
 * GIN, ts_rank) on the same data, and prints heap and RSS.
 *
 * <p>Options: {@code --items=N --seconds=S --clients=1,8,32 --data=DIR --reference-data=DIR
 * --hybrid=true|false --embeddings=true|false --reuse=true|false --assistant=true|false
 * --only=all|assistant} (hybrid false: the search page ranks by words only; embeddings false: no
 * vectors at all, "similar" answers empty lists; reuse: keep the data and index of the previous run
 * with the same options and only measure the queries; assistant: also build the assistant's
 * passages and measure its extractive answers beside the passage retrieval they start with; only
 * assistant: skip the search and PostgreSQL load levels).
 */
public final class Benchmark {

  static final long SEED = 20211114L;

  final int items;
  final int seconds;
  final int[] clients;
  final Path data;
  final Path referenceData;
  final int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
  final boolean hybrid;
  final boolean reuse;
  final boolean embeddings;
  final boolean assistant;
  final boolean searchLoad;

  Benchmark(Map<String, String> options) {
    items = Integer.parseInt(options.getOrDefault("items", "100000"));
    seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
    clients =
        Arrays.stream(options.getOrDefault("clients", "1,8,32").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    data = Path.of(options.getOrDefault("data", "target/bench-data")).toAbsolutePath();
    referenceData =
        Path.of(options.getOrDefault("reference-data", "src/main/resources/reference-data"));
    hybrid = Boolean.parseBoolean(options.getOrDefault("hybrid", "true"));
    reuse = Boolean.parseBoolean(options.getOrDefault("reuse", "false"));
    embeddings = Boolean.parseBoolean(options.getOrDefault("embeddings", "true"));
    assistant = Boolean.parseBoolean(options.getOrDefault("assistant", "true"));
    searchLoad = !"assistant".equals(options.getOrDefault("only", "all"));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    new Benchmark(options).run();
    System.exit(0);
  }

  void run() throws Exception {
    print("Digilabs Hub search benchmark");
    print(
        "machine: %d cores, max heap %d MiB, Java %s; items %,d; %d s per load level; seed %d",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"),
        items,
        seconds,
        SEED);
    Corpus corpus = Corpus.load(referenceData);
    List<String> queries = queries(corpus);
    double plainRate = Double.NaN;
    if (!reuse) {
      delete(data);
      try (ConfigurableApplicationContext hub = start(false)) {
        long started = System.nanoTime();
        generate(hub.getBean(DataSource.class), corpus);
        print(
            "generated and stored %,d projects and %,d labs in %s", items, labs(), since(started));
        plainRate = index(hub, "without embeddings");
      }
    }

    Map<String, double[]> searchFigures;
    Map<String, double[]> similarFigures;
    try (ConfigurableApplicationContext hub = start(embeddings)) {
      if (!reuse && embeddings) {
        double modelRate = modelThroughput(hub);
        double embeddedRate = index(hub, "with embeddings");
        print(
            "indexing with embeddings runs at %.0f%% of the raw model throughput (target >= 80%%);"
                + " embeddings cost %.1fx the indexing time without them",
            100 * embeddedRate / modelRate, plainRate / embeddedRate);
      }
      print(
          "search ranking: %s",
          embeddings && hybrid ? "hybrid (words and meaning fused)" : "words only");
      int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
      HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();
      String base = "http://127.0.0.1:" + port;
      Function<Integer, String> search =
          i ->
              base
                  + "/api/v1/search?q="
                  + URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8);
      Random random = new Random(SEED);
      long[] ids = random.longs(1000, 1, items + 1).toArray();
      Function<Integer, String> similar =
          i -> base + "/api/v1/search/similar/project/" + ids[i % ids.length];
      if (searchLoad) {
        warmUp(http, search, similar);
        searchFigures = load("search (HTTP)", n -> get(http, search.apply(n)));
        similarFigures = load("similar (HTTP)", n -> get(http, similar.apply(n)));
      } else {
        searchFigures = Map.of();
        similarFigures = Map.of();
      }
      if (assistant) {
        assistant(hub, queries);
      }
      memory();
    }
    if (!searchLoad) {
      return;
    }

    Map<String, double[]> postgres = postgresBaseline(queries);
    print("");
    print("search throughput, hub / PostgreSQL full-text (target >= 3x at 8 clients):");
    for (int c : clients) {
      String key = Integer.toString(c);
      print(
          "  %2d clients: %.1fx  (hub %.0f/s p95 %.1f ms; PostgreSQL %.0f/s p95 %.1f ms)",
          c,
          searchFigures.get(key)[3] / postgres.get(key)[3],
          searchFigures.get(key)[3],
          searchFigures.get(key)[1],
          postgres.get(key)[3],
          postgres.get(key)[1]);
    }
    print(
        "targets at 8 clients: search p95 %.1f ms (<= 50), similar p95 %.1f ms (<= 30)",
        searchFigures.get("8") == null ? Double.NaN : searchFigures.get("8")[1],
        similarFigures.get("8") == null ? Double.NaN : similarFigures.get("8")[1]);
  }

  /**
   * The assistant: builds the passages of every item (as the start-up does for an installation
   * without them), then asks questions made of the query mix at 8 concurrent clients, in extractive
   * mode, beside the passage retrieval alone (the same index query each answer starts with), in the
   * same process and run.
   */
  void assistant(ConfigurableApplicationContext hub, List<String> queries) throws Exception {
    var answers = hub.getBean(AssistantService.class);
    var search = hub.getBean(SearchService.class);
    long started = System.nanoTime();
    // The start-up builds the passages of an installation without them in the background.
    Thread.sleep(2000);
    while (answers.passages().running()) {
      Thread.sleep(1000);
    }
    if (answers.passages().passages() < items) {
      answers.rebuildPassagesNow();
    }
    print("assistant passages: %,d built in %s", answers.passages().passages(), since(started));
    List<String> questions = new ArrayList<>();
    String[] forms = {
      "What is known about %s?",
      "Which projects work on %s?",
      "What went wrong with %s?",
      "Wie arbeiten Labore an %s?"
    };
    for (int i = 0; i < queries.size(); i++) {
      questions.add(forms[i % forms.length].formatted(queries.get(i)));
    }
    for (int i = 0; i < 200; i++) {
      answers.ask(questions.get(i % questions.size()), null, Locale.ENGLISH);
    }
    int[] eight = {8};
    Map<String, double[]> answered =
        load(
            "assistant answer (extractive)",
            eight,
            n -> answers.ask(questions.get(n % questions.size()), null, Locale.ENGLISH));
    Map<String, double[]> retrieved =
        load(
            "passage retrieval alone",
            eight,
            n -> {
              String q = queries.get(n % queries.size());
              search.rank(List.of("Passage"), q, q, List.of(), 30);
            });
    double[] a = answered.get("8");
    double[] r = retrieved.get("8");
    print(
        "assistant at 8 clients: answer p50 %.1f ms p95 %.1f ms (target p95 <= 300);"
            + " retrieval alone p50 %.1f ms p95 %.1f ms; answer/retrieval p95 %.1fx",
        a[0], a[1], r[0], r[1], a[1] / r[1]);
  }

  int labs() {
    return Math.max(1, items / 50);
  }

  ConfigurableApplicationContext start(boolean embeddings) {
    // Arguments, not default properties: they must win over application.properties.
    return new SpringApplicationBuilder(HubApplication.class)
        .run(
            "--hub.data-dir=" + data,
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--hub.demo.enabled=false",
            // The method toolkit is written before the measurements, not beside them.
            "--hub.startup.in-background=false",
            // The generated corpus stands alone: the bundled reference data would be imported
            // in the background beside it, compete for the cores and collide with its ids.
            "--hub.reference-data.enabled=false",
            "--hub.accounts.admin-password=benchmark-admin-password",
            "--hub.search.embeddings=" + embeddings,
            "--hub.search.hybrid=" + hybrid,
            "--logging.level.root=warn",
            "--logging.level.eu.digilabs=warn",
            "--spring.main.banner-mode=off",
            "--server.tomcat.threads.max=64",
            // The load comes from one address; the rate limit would measure itself instead.
            "--hub.rate-limits.search-api.capacity=1000000000",
            "--spring.datasource.hikari.maximum-pool-size=" + (threads + 4));
  }

  /** Stores the generated labs and projects with plain JDBC batches (no index work). */
  void generate(DataSource dataSource, Corpus corpus) throws Exception {
    Random random = new Random(SEED);
    Timestamp now = Timestamp.from(Instant.parse("2026-11-01T10:00:00Z"));
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement lab =
          connection.prepareStatement(
              "insert into lab (id, name, description, country, government_level, status,"
                  + " created_at, updated_at) values (?, ?, ?, ?, ?, 'active', ?, ?)")) {
        for (int i = 1; i <= labs(); i++) {
          lab.setLong(1, i);
          lab.setString(2, corpus.labName(random, i));
          lab.setString(3, Corpus.pick(random, corpus.sentences));
          lab.setString(4, Corpus.pick(random, Corpus.COUNTRIES));
          lab.setString(5, Corpus.pick(random, Corpus.LEVELS));
          lab.setTimestamp(6, now);
          lab.setTimestamp(7, now);
          lab.addBatch();
        }
        lab.executeBatch();
      }
      try (PreparedStatement project =
              connection.prepareStatement(
                  "insert into project (id, title, summary, description, lead_lab_id, country,"
                      + " government_level, phase, status, start_date, content_language,"
                      + " publication, created_at, updated_at, published_at)"
                      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?)");
          PreparedStatement technology =
              connection.prepareStatement(
                  "insert into project_technology (project_id, code) values (?, ?)")) {
        for (int i = 1; i <= items; i++) {
          Corpus.Item item = corpus.project(random, i, labs());
          project.setLong(1, item.id());
          project.setString(2, item.title());
          project.setString(3, item.summary());
          project.setString(4, item.description());
          project.setLong(5, item.lab());
          project.setString(6, item.country());
          project.setString(7, item.level());
          project.setString(8, item.phase());
          project.setString(9, item.status());
          project.setObject(10, LocalDate.of(item.year(), 1 + (i % 12), 1));
          project.setString(11, item.language());
          project.setTimestamp(12, now);
          project.setTimestamp(13, now);
          project.setTimestamp(14, now);
          project.addBatch();
          technology.setLong(1, item.id());
          technology.setString(2, item.technology());
          technology.addBatch();
          if (i % 1000 == 0) {
            project.executeBatch();
            technology.executeBatch();
            connection.commit();
          }
        }
        project.executeBatch();
        technology.executeBatch();
      }
      // The identity columns continue after the generated ids.
      for (String table : List.of("lab", "project")) {
        try (var statement = connection.createStatement()) {
          long next = ("lab".equals(table) ? labs() : items) + 1;
          statement.execute("alter table " + table + " alter column id restart with " + next);
        }
      }
      connection.commit();
    }
  }

  /** Rebuilds the index with the mass indexer; prints and answers documents per second. */
  double index(ConfigurableApplicationContext hub, String label) throws InterruptedException {
    EntityManagerFactory emf = hub.getBean(EntityManagerFactory.class);
    long started = System.nanoTime();
    Search.mapping(emf)
        .scope(Object.class)
        .massIndexer()
        .threadsToLoadObjects(threads)
        .batchSizeToLoadObjects(50)
        .startAndWait();
    double seconds = (System.nanoTime() - started) / 1e9;
    long documents = items + labs();
    double rate = documents / seconds;
    print(
        "indexing %s: %,d documents in %.1f s = %.0f documents/s", label, documents, seconds, rate);
    return rate;
  }

  /**
   * The model alone on the same texts the indexer embeds (a sample of the projects), with as many
   * threads as the indexer uses: the ceiling for indexing with embeddings.
   */
  double modelThroughput(ConfigurableApplicationContext hub) throws Exception {
    Embeddings embeddings = hub.getBean(Embeddings.class);
    List<String> texts = new ArrayList<>();
    try (Connection connection = hub.getBean(DataSource.class).getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select title, summary, description from project order by id fetch first ? rows only")) {
      statement.setInt(1, Math.min(items, 3000));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          texts.add(SearchFields.joined(rows.getString(1), rows.getString(2), rows.getString(3)));
        }
      }
    }
    embeddings.embed("warm up the model");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong next = new AtomicLong();
    long started = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(
          pool.submit(
              () -> {
                for (long i = next.getAndIncrement();
                    i < texts.size();
                    i = next.getAndIncrement()) {
                  embeddings.embed(texts.get((int) i));
                }
              }));
    }
    for (Future<?> future : running) {
      future.get();
    }
    pool.shutdown();
    double rate = texts.size() / ((System.nanoTime() - started) / 1e9);
    print(
        "raw model throughput: %.0f texts/s (%,d project texts, %d threads)",
        rate, texts.size(), threads);
    return rate;
  }

  interface Call {
    void run(int n) throws Exception;
  }

  void warmUp(HttpClient http, Function<Integer, String> search, Function<Integer, String> similar)
      throws Exception {
    for (int i = 0; i < 300; i++) {
      get(http, search.apply(i));
      get(http, similar.apply(i));
    }
  }

  /**
   * Runs {@code call} from each number of concurrent clients for the configured time; prints and
   * answers p50, p95, p99 (ms) and throughput (/s) by client count.
   */
  Map<String, double[]> load(String label, Call call) throws Exception {
    return load(label, clients, call);
  }

  Map<String, double[]> load(String label, int[] levels, Call call) throws Exception {
    Map<String, double[]> figures = new LinkedHashMap<>();
    for (int c : levels) {
      ExecutorService pool = Executors.newFixedThreadPool(c);
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      AtomicLong counter = new AtomicLong();
      List<Future<List<Long>>> results = new ArrayList<>();
      for (int t = 0; t < c; t++) {
        results.add(
            pool.submit(
                () -> {
                  List<Long> latencies = new ArrayList<>();
                  while (System.nanoTime() < end) {
                    int n = (int) counter.getAndIncrement();
                    long started = System.nanoTime();
                    call.run(n);
                    latencies.add(System.nanoTime() - started);
                  }
                  return latencies;
                }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> result : results) {
        all.addAll(result.get());
      }
      pool.shutdown();
      all.sort(Comparator.naturalOrder());
      double[] f = {
        percentile(all, 50), percentile(all, 95), percentile(all, 99), all.size() / (double) seconds
      };
      figures.put(Integer.toString(c), f);
      print(
          "%-24s %2d clients: p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  %7.0f requests/s",
          label, c, f[0], f[1], f[2], f[3]);
    }
    return figures;
  }

  static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  static void get(HttpClient http, String url) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
  }

  /** The judged queries and generated ones: what people type. */
  List<String> queries(Corpus corpus) throws Exception {
    List<String> queries = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("docs/relevance/queries.tsv"))) {
      if (!line.startsWith("#") && !line.isBlank()) {
        queries.add(line.split("\t")[1]);
      }
    }
    Random random = new Random(SEED);
    // 1,000 distinct queries, cycled in order: more than the query-vector cache holds, so every
    // search pays for its query's embedding.
    while (queries.size() < 1000) {
      String query = corpus.query(random);
      if (!query.isBlank() && !queries.contains(query)) {
        queries.add(query);
      }
    }
    return queries;
  }

  /** The same texts and queries in PostgreSQL full-text search: tsvector, GIN, ts_rank. */
  Map<String, double[]> postgresBaseline(List<String> queries) throws Exception {
    try (var postgres = EmbeddedPostgres.builder().start()) {
      DataSource target = postgres.getPostgresDatabase();
      try (Connection pg = target.getConnection();
          var statement = pg.createStatement()) {
        statement.execute(
            "create table doc (id bigint primary key, kind text, title text, body text,"
                + " tsv tsvector generated always as (to_tsvector('simple', coalesce(title, '')"
                + " || ' ' || coalesce(body, ''))) stored)");
      }
      long started = System.nanoTime();
      copyToPostgres(target);
      try (Connection pg = target.getConnection();
          var statement = pg.createStatement()) {
        statement.execute("create index doc_tsv on doc using gin (tsv)");
        statement.execute("vacuum analyze doc");
      }
      print("PostgreSQL baseline: loaded and indexed in %s", since(started));
      var pool = new HikariDataSource();
      pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
      pool.setUsername("postgres");
      pool.setMaximumPoolSize(Arrays.stream(clients).max().orElse(8));
      try (pool) {
        String sql =
            "select id, title, ts_rank(tsv, q) as rank, count(*) over () as total"
                + " from doc, plainto_tsquery('simple', ?) q where tsv @@ q"
                + " order by rank desc limit 20";
        for (int i = 0; i < 300; i++) {
          query(pool, sql, queries.get(i % queries.size()));
        }
        return load("PostgreSQL full-text", n -> query(pool, sql, queries.get(n % queries.size())));
      }
    }
  }

  void copyToPostgres(DataSource target) throws Exception {
    // The hub's data stays in H2 under the data directory; read it there.
    String url = "jdbc:h2:file:" + data.resolve("db/hub") + ";ACCESS_MODE_DATA=r";
    try (Connection h2 = DriverManager.getConnection(url, "hub", "");
        Connection pg = target.getConnection();
        PreparedStatement insert =
            pg.prepareStatement("insert into doc (id, kind, title, body) values (?, ?, ?, ?)")) {
      pg.setAutoCommit(false);
      for (String select :
          List.of(
              "select id, 'project', title, concat_ws(' ', summary, description) from project",
              "select id + 1000000000, 'lab', name, description from lab")) {
        try (var statement = h2.createStatement();
            ResultSet rows = statement.executeQuery(select)) {
          int n = 0;
          while (rows.next()) {
            insert.setLong(1, rows.getLong(1));
            insert.setString(2, rows.getString(2));
            insert.setString(3, rows.getString(3));
            insert.setString(4, rows.getString(4));
            insert.addBatch();
            if (++n % 1000 == 0) {
              insert.executeBatch();
            }
          }
          insert.executeBatch();
        }
      }
      pg.commit();
    }
  }

  static void query(DataSource pool, String sql, String text) throws Exception {
    try (Connection connection = pool.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, text);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          rows.getLong(1);
        }
      }
    }
  }

  void memory() throws Exception {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    String rss =
        Files.readAllLines(Path.of("/proc/self/status")).stream()
            .filter(line -> line.startsWith("VmRSS"))
            .findFirst()
            .orElse("VmRSS: unknown")
            .replaceAll("\\s+", " ");
    print(
        "memory after the load: heap used %d MiB (after GC) of %d MiB committed, max %d MiB; %s"
            + " (the whole JVM: platform, model and the benchmark's clients)",
        used >> 20, runtime.totalMemory() >> 20, runtime.maxMemory() >> 20, rss);
  }

  static String since(long started) {
    return String.format("%.1f s", (System.nanoTime() - started) / 1e9);
  }

  static void print(String format, Object... args) {
    System.out.println(String.format(format, args));
  }

  static void delete(Path directory) throws Exception {
    if (Files.exists(directory)) {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
