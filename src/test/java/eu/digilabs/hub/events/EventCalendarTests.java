package eu.digilabs.hub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.TestAccounts;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public calendars parsed back with ical4j: {@code /events.ics} and a lab's hold upcoming
 * events every visitor may see (no drafts, no members-only ones), each with SEQUENCE (growing with
 * a change) and LAST-MODIFIED, a cancelled one as CANCELLED; a session's own calendar; and the
 * registration confirmation mail with the event's calendar attached (real SMTP, GreenMail).
 */
@HubTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class EventCalendarTests {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired EventWriting writing;
  @Autowired EventService events;

  private static final LocalDateTime START =
      LocalDateTime.now().plusDays(40).withHour(9).withMinute(0).withSecond(0).withNano(0);

  private long event(long lab, String title, boolean publish, boolean membersOnly) {
    EventFixtures.EventBuilder builder =
        EventFixtures.event().title(title).lab(lab).from(START).to(START.plusHours(6)).seats(20);
    if (membersOnly) {
      builder.membersOnly();
    }
    return TestContent.event(context, builder.build(), publish);
  }

  /** The calendar's entries by UID. */
  private Map<String, VEvent> calendar(String path) throws Exception {
    MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
    assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
    return entries(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private static Map<String, VEvent> entries(String ics) throws Exception {
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    return parsed.<VEvent>getComponents("VEVENT").stream()
        .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));
  }

  private static int sequence(VEvent entry) {
    return entry.getSequence().getSequenceNo();
  }

  @Test
  void publicCalendarsHoldWhatVisitorsMaySeeWithWhatClientsNeedToApplyChanges() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "cal-" + tag + "@example.org");
    long lab = TestContent.labWithEditor(context, "Calendar lab " + tag, editor);
    long other = TestContent.labWithEditor(context, "Other calendar lab " + tag, editor);
    long open = event(lab, "Open day " + tag, true, false);
    long members = event(lab, "Members day " + tag, true, true);
    long draft = event(lab, "Draft day " + tag, false, false);
    long cancelled = event(lab, "Cancelled day " + tag, true, false);
    long elsewhere = event(other, "Other day " + tag, true, false);
    TestAccounts.asAdmin(context, () -> writing.cancel(cancelled));

    Map<String, VEvent> all = calendar("/events.ics");
    VEvent entry = all.get("event-" + open + "@localhost");
    assertThat(entry).isNotNull();
    assertThat(entry.getSummary().getValue()).isEqualTo("Open day " + tag);
    assertThat(entry.getLastModified()).isNotNull();
    assertThat(entry.getDateTimeStamp()).isNotNull();
    assertThat(entry.getStatus().getValue()).isEqualTo("CONFIRMED");
    assertThat(all.get("event-" + cancelled + "@localhost").getStatus().getValue())
        .isEqualTo("CANCELLED");
    assertThat(all)
        .doesNotContainKeys("event-" + members + "@localhost", "event-" + draft + "@localhost");
    assertThat(all).containsKey("event-" + elsewhere + "@localhost");

    Map<String, VEvent> ofLab = calendar("/labs/" + lab + "/events.ics");
    assertThat(ofLab.keySet())
        .containsExactlyInAnyOrder(
            "event-" + open + "@localhost", "event-" + cancelled + "@localhost");
    mvc.perform(get("/labs/987654321/events.ics")).andExpect(status().isNotFound());

    // A change of the event gives its entry a higher sequence, so calendars apply it.
    int before = sequence(entry);
    TestAccounts.asAdmin(
        context,
        () -> {
          EventView view = events.get(open);
          writing.update(
              open,
              view.version(),
              EventFixtures.event()
                  .title("Open day moved " + tag)
                  .lab(lab)
                  .from(START.plusHours(1))
                  .to(START.plusHours(7))
                  .seats(20)
                  .build());
        });
    VEvent changed = calendar("/events.ics").get("event-" + open + "@localhost");
    assertThat(sequence(changed)).isGreaterThan(before);
    assertThat(changed.getSummary().getValue()).isEqualTo("Open day moved " + tag);
  }

  @Test
  void aSessionHasItsOwnCalendar() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "ses-" + tag + "@example.org");
    long lab = TestContent.labWithEditor(context, "Session lab " + tag, editor);
    long event = event(lab, "Session day " + tag, true, false);
    long session =
        TestContent.session(
            context,
            event,
            EventFixtures.session()
                .title("Keynote " + tag)
                .from(START.plusHours(1))
                .to(START.plusHours(2))
                .build());

    Map<String, VEvent> entries = calendar("/sessions/" + session + "/calendar.ics");

    VEvent entry = entries.get("session-" + session + "@localhost");
    assertThat(entries).hasSize(1);
    assertThat(entry.getSummary().getValue()).isEqualTo("Keynote " + tag);
    assertThat(entry.getLastModified()).isNotNull();
    assertThat(entry.getSequence()).isNotNull();
    assertThat(entry.getUrl().getValue()).isEqualTo("http://localhost:8080/sessions/" + session);
  }

  @Test
  void theConfirmationMailCarriesTheEventsCalendar() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "org-" + tag + "@example.org");
    String guest = TestAccounts.member(context, "guest-" + tag + "@example.org");
    long lab = TestContent.labWithEditor(context, "Mail lab " + tag, editor);
    long event = event(lab, "Mail day " + tag, true, false);

    mvc.perform(
            post("/events/" + event + "/register")
                .param("attendance", "on-site")
                .with(csrf())
                .with(TestAccounts.as(context, guest)))
        .andExpect(status().is3xxRedirection());

    MimeMessage mail = mailTo(guest).orElseThrow();
    BodyPart calendar = null;
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
        calendar = parts.getBodyPart(i);
      }
    }
    assertThat(calendar).as("a text/calendar part").isNotNull();
    assertThat(calendar.getFileName()).isEqualTo("event-" + event + ".ics");
    assertThat(calendar.getContentType()).contains("method=PUBLISH");
    String ics = new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    VEvent entry = entries(ics).get("event-" + event + "@localhost");
    assertThat(entry.getSummary().getValue()).isEqualTo("Mail day " + tag);
    assertThat(entry.getSequence()).isNotNull();
  }

  /** The first mail to the address, once every queued mail has gone out (they go after commit). */
  private Optional<MimeMessage> mailTo(String email) {
    var registry = context.getBean(EventPublicationRegistry.class);
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                registry.findIncompletePublications().isEmpty()
                    && Arrays.stream(smtp.getReceivedMessages())
                        .anyMatch(
                            m -> GreenMailUtil.getAddressList(EventTests.safe(m)).contains(email)));
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> GreenMailUtil.getAddressList(EventTests.safe(m)).contains(email))
        .findFirst();
  }
}
