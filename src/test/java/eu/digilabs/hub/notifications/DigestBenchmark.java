package eu.digilabs.hub.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.digilabs.hub.HubApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The digest job at scale: {@code --members} people (default 10,000) who follow five topics each,
 * {@code --activities} activity entries (default 100,000) over the last week with four topics each,
 * every digest due at once, mailed to a local SMTP server (GreenMail). Prints the time of the run,
 * digests and mails per second, and the heap. Run with {@code ./mvnw -o verify -Pbench
 * -Dbench.main=eu.digilabs.hub.notifications.DigestBenchmark}; the store is a fresh H2 file in
 * {@code target/bench-digest}.
 */
public final class DigestBenchmark {

  static final long SEED = 15;
  static final List<String> TECHNOLOGIES =
      List.of("ai", "chatbot", "machine-translation", "robotics", "data-platform", "other");
  static final List<String> COUNTRIES = List.of("DE", "AT", "EE", "FR", "NL", "ES", "IT", "PL");

  private DigestBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    int members = Integer.parseInt(options.getOrDefault("members", "10000"));
    int activities = Integer.parseInt(options.getOrDefault("activities", "100000"));
    Path data = Path.of("target/bench-digest").toAbsolutePath();
    delete(data);
    GreenMail smtp = new GreenMail(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(HubApplication.class)
            .run(
                "--hub.data-dir=" + data,
                "--server.port=0",
                "--hub.demo.enabled=false",
                "--hub.startup.in-background=false",
                "--hub.reference-data.enabled=false",
                "--hub.search.embeddings=false",
                "--hub.accounts.admin-password=benchmark-admin-password",
                "--hub.notifications.digest-cron=-",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=3925",
                "--logging.level.root=warn",
                "--logging.level.eu.digilabs=warn",
                "--spring.main.banner-mode=off");
    try {
      Instant now = Instant.now();
      long generated = System.nanoTime();
      generate(context.getBean(DataSource.class), members, activities, now);
      System.out.printf(
          "generated %,d members (5 follows each) and %,d activities (4 topics each) in %.1f s%n",
          members, activities, (System.nanoTime() - generated) / 1e9);
      Runtime runtime = Runtime.getRuntime();
      System.gc();
      long heapBefore = runtime.totalMemory() - runtime.freeMemory();
      long start = System.nanoTime();
      int mailed = context.getBean(DigestJob.class).run(now.plus(Duration.ofMinutes(5)));
      double seconds = (System.nanoTime() - start) / 1e9;
      long heapAfter = runtime.totalMemory() - runtime.freeMemory();
      System.out.printf(
          "digest job: %,d digests mailed in %.1f s (%.0f per second; target: 10,000 members and"
              + " 100,000 activities within 120 s)%n",
          mailed, seconds, mailed / seconds);
      System.out.printf(
          "SMTP received %,d mails; heap %d MB before, %d MB after (not collected)%n",
          smtp.getReceivedMessages().length, heapBefore >> 20, heapAfter >> 20);
    } finally {
      context.close();
      smtp.stop();
    }
    System.exit(0);
  }

  static void generate(DataSource dataSource, int members, int activities, Instant now)
      throws Exception {
    Random random = new Random(SEED);
    Timestamp created = Timestamp.from(now.minus(Duration.ofDays(30)));
    Timestamp due = Timestamp.from(now.minusSeconds(60));
    Timestamp lastDigest = Timestamp.from(now.minus(Duration.ofDays(7)));
    int services = 1_000;
    int labs = 500;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement account =
              c.prepareStatement(
                  "insert into account (id, email, display_name, email_verified, created_at)"
                      + " values (?, ?, ?, true, ?)");
          PreparedStatement settings =
              c.prepareStatement(
                  "insert into notification_settings (account_id, digest, language, time_zone,"
                      + " next_digest_at, digested_until) values (?, ?, ?, ?, ?, ?)");
          PreparedStatement follow =
              c.prepareStatement(
                  "insert into follow (account_id, item_key, created_at) values (?, ?, ?)")) {
        for (int i = 1; i <= members; i++) {
          long id = 1_000_000L + i;
          account.setLong(1, id);
          account.setString(2, "member" + i + "@bench.example.org");
          account.setString(3, "Member " + i);
          account.setTimestamp(4, created);
          account.addBatch();
          settings.setLong(1, id);
          settings.setString(2, i % 2 == 0 ? "DAILY" : "WEEKLY");
          settings.setString(3, i % 3 == 0 ? "en" : "de");
          settings.setString(4, i % 5 == 0 ? "Europe/Tallinn" : "Europe/Berlin");
          settings.setTimestamp(5, due);
          settings.setTimestamp(6, lastDigest);
          settings.addBatch();
          java.util.Set<String> topics = new java.util.LinkedHashSet<>();
          while (topics.size() < 5) {
            topics.add(topic(random, services, labs));
          }
          for (String topic : topics) {
            follow.setLong(1, id);
            follow.setString(2, topic);
            follow.setTimestamp(3, created);
            follow.addBatch();
          }
          if (i % 1000 == 0) {
            account.executeBatch();
            settings.executeBatch();
            follow.executeBatch();
          }
        }
        account.executeBatch();
        settings.executeBatch();
        follow.executeBatch();
      }
      try (PreparedStatement activity =
              c.prepareStatement(
                  "insert into activity (id, item_key, kind, title, path, audience, recorded_at)"
                      + " values (?, ?, ?, ?, ?, 'PUBLIC', ?)");
          PreparedStatement topic =
              c.prepareStatement("insert into activity_topic (activity_id, topic) values (?, ?)")) {
        for (int i = 1; i <= activities; i++) {
          long id = 5_000_000L + i;
          String key = "project:" + (1 + random.nextInt(activities / 2));
          activity.setLong(1, id);
          activity.setString(2, key);
          activity.setString(3, random.nextInt(4) == 0 ? "PUBLISHED" : "CHANGED");
          activity.setString(4, "Project " + i + " on digital public services");
          activity.setString(5, "/projects/" + i);
          activity.setTimestamp(
              6, Timestamp.from(now.minusSeconds(300 + random.nextInt(7 * 24 * 3600 - 600))));
          activity.addBatch();
          java.util.Set<String> topics = new java.util.LinkedHashSet<>(List.of(key));
          topics.add("lab:" + (1 + zipf(random, labs)));
          topics.add("country:" + COUNTRIES.get(zipf(random, COUNTRIES.size())));
          topics.add(
              random.nextBoolean()
                  ? "technology:" + TECHNOLOGIES.get(zipf(random, TECHNOLOGIES.size()))
                  : "service:" + (1 + zipf(random, services)));
          for (String t : topics) {
            topic.setLong(1, id);
            topic.setString(2, t);
            topic.addBatch();
          }
          if (i % 2000 == 0) {
            activity.executeBatch();
            topic.executeBatch();
          }
        }
        activity.executeBatch();
        topic.executeBatch();
      }
      c.commit();
    }
  }

  /** A followed topic: labs, countries, technologies and services, popular ones more often. */
  static String topic(Random random, int services, int labs) {
    return switch (random.nextInt(4)) {
      case 0 -> "lab:" + (1 + zipf(random, labs));
      case 1 -> "country:" + COUNTRIES.get(zipf(random, COUNTRIES.size()));
      case 2 -> "technology:" + TECHNOLOGIES.get(zipf(random, TECHNOLOGIES.size()));
      default -> "service:" + (1 + zipf(random, services));
    };
  }

  /** 0..n-1, the first ones most often (roughly Zipf with exponent 1). */
  static int zipf(Random random, int n) {
    double u = random.nextDouble();
    return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, u) - 1));
  }

  static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
