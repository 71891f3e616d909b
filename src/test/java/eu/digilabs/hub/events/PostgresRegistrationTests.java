package eu.digilabs.hub.events;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.EmbeddedPostgres;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LabService;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The last on-site seats against a real PostgreSQL: many members register at the same moment; no
 * seat is given twice, everyone else waits in the order they were registered, and cancellations
 * move the first in line up.
 */
@HubTest
class PostgresRegistrationTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry);
    // Registrations for one event take turns on its row lock while holding a connection; with
    // more callers than connections the rest wait in the pool, as on a busy server (30 s).
    registry.add("spring.datasource.hikari.connection-timeout", () -> "30000");
  }

  static final int SEATS = 5;
  static final int PEOPLE = 24;

  @Autowired ApplicationContext context;
  @Autowired EventService events;
  @Autowired EventWriting writing;
  @Autowired RegistrationService registrations;
  @Autowired LabService labs;
  @Autowired AccountService accounts;

  @Test
  void theLastSeatsAreNeverGivenTwice() throws Exception {
    String organiser = TestAccounts.member(context, "pg-organiser@example.org");
    long lab = TestContent.labWithEditor(context, "Concurrency Lab", organiser);
    LocalDateTime start = LocalDateTime.now().plusDays(20).withNano(0);
    long event =
        TestAccounts.acting(
            context,
            organiser,
            () -> {
              long id =
                  writing
                      .create(EventFixtures.hybrid("Rush", lab, start, start.plusHours(4), SEATS))
                      .id();
              writing.publish(id);
              return id;
            });
    List<String> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      people.add(TestAccounts.member(context, "pg-rush-" + i + "@example.org"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(12);
    // Every caller, signed in already, waits for the start to register at the same moment.
    Phaser go = new Phaser(1);
    List<Future<RegistrationView>> results = new ArrayList<>();
    for (String person : people) {
      Callable<RegistrationView> call =
          () ->
              TestAccounts.acting(
                  context,
                  person,
                  () -> {
                    go.awaitAdvance(0);
                    return registrations.register(event, "on-site", Locale.ENGLISH);
                  });
      results.add(pool.submit(call));
    }
    go.arrive();
    List<RegistrationView> made = new ArrayList<>();
    for (Future<RegistrationView> result : results) {
      made.add(result.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(made.stream().filter(RegistrationView::confirmed)).hasSize(SEATS);
    List<RegistrationView> listed =
        TestAccounts.acting(
            context, organiser, () -> registrations.list(event, "on-site", null, null));
    assertThat(listed.stream().filter(RegistrationView::confirmed)).hasSize(SEATS);
    List<RegistrationView> waiting = listed.stream().filter(RegistrationView::waitlisted).toList();
    assertThat(waiting).hasSize(PEOPLE - SEATS);
    // Places 1..n follow the order of registration, without gaps or doubles.
    List<RegistrationView> byTime =
        waiting.stream()
            .sorted(
                Comparator.comparing(RegistrationView::registeredAt)
                    .thenComparing(RegistrationView::id))
            .toList();
    for (int i = 0; i < byTime.size(); i++) {
      assertThat(byTime.get(i).position()).isEqualTo(i + 1);
    }
    // Every confirmed registration was made before every waiting one.
    RegistrationView lastSeat =
        listed.stream()
            .filter(RegistrationView::confirmed)
            .max(Comparator.comparing(RegistrationView::registeredAt))
            .orElseThrow();
    assertThat(lastSeat.registeredAt()).isBeforeOrEqualTo(byTime.get(0).registeredAt());

    // Two seated people cancel at once: the first two in line move up, in order.
    List<String> seated =
        listed.stream()
            .filter(RegistrationView::confirmed)
            .map(RegistrationView::email)
            .limit(2)
            .toList();
    ExecutorService cancels = Executors.newFixedThreadPool(2);
    List<Future<?>> done = new ArrayList<>();
    for (String person : seated) {
      done.add(
          cancels.submit(
              () -> TestAccounts.acting(context, person, () -> registrations.cancel(event))));
    }
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    cancels.shutdown();
    List<RegistrationView> after =
        TestAccounts.acting(
            context, organiser, () -> registrations.list(event, "on-site", null, null));
    assertThat(after.stream().filter(RegistrationView::confirmed)).hasSize(SEATS);
    assertThat(
            after.stream()
                .filter(r -> r.email().equals(byTime.get(0).email()))
                .findFirst()
                .orElseThrow()
                .confirmed())
        .isTrue();
    assertThat(
            after.stream()
                .filter(r -> r.email().equals(byTime.get(1).email()))
                .findFirst()
                .orElseThrow()
                .confirmed())
        .isTrue();
    assertThat(
            after.stream()
                .filter(r -> r.email().equals(byTime.get(2).email()))
                .findFirst()
                .orElseThrow()
                .position())
        .isEqualTo(1);
  }
}
