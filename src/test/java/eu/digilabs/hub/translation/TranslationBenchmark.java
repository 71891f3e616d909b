package eu.digilabs.hub.translation;

import eu.digilabs.hub.HubApplication;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.projects.ProjectView;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.text.Markdown;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a kept translation costs a page (issue 16: a cache hit adds at most 5 ms). Starts the hub
 * with its demo content and a real Apertium APY, translates the Spanish demo project once, then
 * measures (1) {@link ContentTranslations#panel} for that project when the translation is kept,
 * in-process, and (2) the project page over HTTP, original and translated, one request at a time.
 * Prints medians and 95th percentiles in milliseconds. Run with {@code ./mvnw -o verify -Pbench
 * -Dbench.main=eu.digilabs.hub.translation.TranslationBenchmark}.
 */
public final class TranslationBenchmark {

  private TranslationBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of("target/bench-translation").toAbsolutePath();
    delete(data);
    Apy apy = Apy.start();
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(HubApplication.class)
            .run(
                "--hub.data-dir=" + data,
                "--server.port=0",
                "--hub.startup.in-background=false",
                "--hub.reference-data.enabled=false",
                "--hub.search.embeddings=false",
                "--hub.accounts.admin-password=benchmark-admin-password",
                "--hub.translation.providers[0].type=apertium",
                "--hub.translation.providers[0].url=" + apy.url,
                "--hub.translation.providers[0].timeout=10s",
                "--logging.level.root=warn",
                "--logging.level.eu.digilabs=warn",
                "--spring.main.banner-mode=off");
    try {
      long id =
          context
              .getBean(JdbcClient.class)
              .sql("select id from project where title = 'Cita previa sin esperas'")
              .query(Long.class)
              .single();
      ProjectView project = context.getBean(ProjectService.class).get(id);
      ContentTranslations translations = context.getBean(ContentTranslations.class);
      Markdown markdown = context.getBean(Markdown.class);
      Runnable panel =
          () -> {
            ContentTranslations.Panel shown =
                translations.panel(
                    ItemKeys.of("project", id),
                    project.version(),
                    project.contentLanguage(),
                    Locale.ENGLISH,
                    "en",
                    () ->
                        TranslatableFields.of()
                            .text("title", project.title())
                            .text("summary", project.summary())
                            .html("description", markdown.html(project.description()))
                            .map());
            if (shown.translated() == null) {
              throw new IllegalStateException("the translation was not kept");
            }
          };
      long first = System.nanoTime();
      panel.run();
      System.out.printf(
          "first translation (Apertium, title + summary + description): %.0f ms%n",
          (System.nanoTime() - first) / 1e6);
      for (int i = 0; i < 2_000; i++) {
        panel.run(); // warm up
      }
      double[] hits = new double[5_000];
      for (int i = 0; i < hits.length; i++) {
        long start = System.nanoTime();
        panel.run();
        hits[i] = (System.nanoTime() - start) / 1e6;
      }
      print("kept translation, in-process panel()", hits);

      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      HttpClient client = HttpClient.newHttpClient();
      URI original = URI.create("http://127.0.0.1:" + port + "/projects/" + id);
      URI translated = URI.create(original + "?translate=en");
      URI unserved = URI.create(original + "?translate=xx");
      double[] plain = new double[2_000];
      double[] shownTranslated = new double[2_000];
      double[] askedUnserved = new double[2_000];
      for (int i = 0; i < 1_000; i++) {
        get(client, original);
        get(client, translated);
        get(client, unserved);
      }
      for (int i = 0; i < plain.length; i++) {
        plain[i] = get(client, original);
        shownTranslated[i] = get(client, translated);
        askedUnserved[i] = get(client, unserved);
      }
      print("project page over HTTP, original (offer shown)", plain);
      print("project page over HTTP, a language no provider serves asked for", askedUnserved);
      print("project page over HTTP, translation kept", shownTranslated);
      System.out.printf(
          "added by showing the kept translation: %.2f ms at the median (target: at most 5 ms)%n",
          percentile(shownTranslated, 50) - percentile(plain, 50));
    } finally {
      context.close();
      apy.close();
    }
    System.exit(0);
  }

  private static double get(HttpClient client, URI uri) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri).header("Accept-Language", "en").build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + response.statusCode());
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static void print(String what, double[] millis) {
    System.out.printf(
        "%s: median %.3f ms, p95 %.3f ms, p99 %.3f ms (%d runs)%n",
        what,
        percentile(millis, 50),
        percentile(millis, 95),
        percentile(millis, 99),
        millis.length);
  }

  private static double percentile(double[] values, int percent) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[
        Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
  }

  private static void delete(Path path) throws Exception {
    if (Files.exists(path)) {
      try (Stream<Path> all = Files.walk(path)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
