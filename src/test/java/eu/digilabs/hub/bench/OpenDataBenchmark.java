package eu.digilabs.hub.bench;

import eu.digilabs.hub.dashboard.Dashboard;
import eu.digilabs.hub.dashboard.DashboardFilter;
import eu.digilabs.hub.opendata.Export;
import eu.digilabs.hub.opendata.OpenDataExports;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The open data and dashboard benchmark: a command, not a test ({@code mvn -B -Pbench verify
 * -Dbench.main=eu.digilabs.hub.bench.OpenDataBenchmark -Dbench.heap=768m}, see
 * docs/performance.md). Generates the search benchmark's projects and labs, exports every open
 * dataset while sampling the heap (the extra heap of an export is its peak over the heap used
 * before it, garbage included, so an upper bound), then reads the projects into the dashboard's
 * tally, counts its figures for 32 filters and loads {@code /dashboard} over HTTP with a rotating
 * set of filters. {@code -Dbench.only=export} or {@code dashboard} runs one of the two parts.
 */
public final class OpenDataBenchmark {

  private OpenDataBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    options.put("embeddings", "false");
    options.putIfAbsent("clients", "1,8");
    // The benchmark exports when it measures, never in the background beside it.
    System.setProperty("hub.open-data.first-check", "3650d");
    Benchmark bench = new Benchmark(options);
    Benchmark.print("Digilabs Hub open data and dashboard benchmark");
    Benchmark.print(
        "machine: %d cores, max heap %d MiB, Java %s; items %,d",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"),
        bench.items);
    Benchmark.delete(bench.data);
    try (ConfigurableApplicationContext hub = bench.start(false)) {
      long started = System.nanoTime();
      bench.generate(hub.getBean(DataSource.class), Corpus.load(bench.referenceData));
      Benchmark.print(
          "generated %,d projects and %,d labs in %s",
          bench.items, bench.labs(), Benchmark.since(started));
      String only = options.getOrDefault("only", "all");
      if (!only.equals("dashboard")) {
        export(hub.getBean(OpenDataExports.class));
      }
      if (!only.equals("export")) {
        dashboard(bench, hub);
      }
      bench.memory();
    }
    System.exit(0);
  }

  static void export(OpenDataExports exports) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(before);
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(2);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.start();
    long started = System.nanoTime();
    exports.exportAll();
    long elapsed = System.nanoTime() - started;
    running.set(false);
    sampler.join();
    for (var dataset : exports.datasets()) {
      Export export = exports.export(dataset.name()).orElseThrow();
      long bytes = export.files().stream().mapToLong(Export.File::bytes).sum();
      Benchmark.print(
          "  %-16s %,9d rows  %,12d bytes in 4 files", dataset.name(), export.rows(), bytes);
    }
    Benchmark.print(
        "export of every dataset: %.1f s; heap before %d MiB, peak %d MiB: extra heap at most %d"
            + " MiB (target < 256 MiB at 100,000 projects)",
        elapsed / 1e9, before >> 20, peak.get() >> 20, (peak.get() - before) >> 20);
  }

  static void dashboard(Benchmark bench, ConfigurableApplicationContext hub) throws Exception {
    Dashboard dashboard = hub.getBean(Dashboard.class);
    String[] countries = {"DE", "AT", "CH", "NL", "EE", "FI", "FR", "ES"};
    String[] levels = {"municipal", "regional", "national", "eu"};
    long first = System.nanoTime();
    dashboard.figures(DashboardFilter.none());
    Benchmark.print(
        "dashboard: first figures, reading every project's facts into the tally: %.1f ms",
        (System.nanoTime() - first) / 1e6);
    List<Long> counted = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      for (String country : countries) {
        for (String level : levels) {
          long started = System.nanoTime();
          dashboard.figures(new DashboardFilter(country, level, null));
          counted.add(System.nanoTime() - started);
        }
      }
    }
    counted.sort(Long::compare);
    Benchmark.print(
        "dashboard figures counted from the tally (%d filters x 5): median %.1f ms, p95 %.1f ms,"
            + " max %.1f ms",
        countries.length * levels.length,
        counted.get(counted.size() / 2) / 1e6,
        counted.get(counted.size() * 95 / 100) / 1e6,
        counted.get(counted.size() - 1) / 1e6);
    int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
    HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16)).build();
    List<String> pages = new ArrayList<>();
    pages.add("http://127.0.0.1:" + port + "/dashboard");
    for (String country : countries) {
      for (String level : levels) {
        pages.add("http://127.0.0.1:" + port + "/dashboard?country=" + country + "&level=" + level);
      }
    }
    for (String page : pages) {
      Benchmark.get(http, page);
    }
    bench.load("dashboard page (HTTP)", n -> Benchmark.get(http, pages.get(n % pages.size())));
  }
}
