package eu.digilabs.hub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LabService;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.assertj.core.groups.Tuple;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * Events end to end over HTTP with a real SMTP server (GreenMail): the demo conference in both
 * languages, registration with the waiting list and its mails, the private stream link, agenda and
 * calendar feeds parsed back with ical4j, the programme's rules, import, cancellation, search.
 */
@HubTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class EventTests {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired EventService events;
  @Autowired EventWriting writing;
  @Autowired ProgrammeService programme;
  @Autowired SpeakerService speakerService;
  @Autowired LabService labs;
  @Autowired AccountService accounts;

  /** A new lab whose editor (a new member) organises its events. */
  long labWithEditor(String name, String editor) {
    TestAccounts.member(context, editor);
    long lab = TestContent.labWithEditor(context, name, editor);
    return lab;
  }

  /** A lab with an editor, and a published upcoming event of it with {@code seats} on-site. */
  long event(String editor, String title, Integer seats) {
    long lab = labWithEditor("Lab of " + title, editor);
    LocalDateTime start =
        LocalDateTime.now().plusDays(30).withHour(9).withMinute(0).withSecond(0).withNano(0);
    return TestAccounts.acting(
        context,
        editor,
        () -> {
          long id =
              writing
                  .create(EventFixtures.hybrid(title, lab, start, start.plusHours(8), seats))
                  .id();
          writing.publish(id);
          return id;
        });
  }

  ResultActions register(long event, String email, String attendance) throws Exception {
    return mvc.perform(
        post("/events/" + event + "/register")
            .param("attendance", attendance)
            .with(csrf())
            .with(TestAccounts.as(context, email)));
  }

  /** The mails sent to the address, once every queued mail has gone out (they go after commit). */
  List<MimeMessage> mailsTo(String email) {
    var registry = context.getBean(EventPublicationRegistry.class);
    // The shared context may still be working off what earlier test classes published: the limit
    // only bounds a hang.
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> registry.findIncompletePublications().isEmpty());
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> GreenMailUtil.getAddressList(safe(m)).contains(email))
        .toList();
  }

  static Address[] safe(MimeMessage m) {
    try {
      return m.getAllRecipients();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void digilabs2021IsBrowsableWithItsProgrammeInGermanAndEnglish() throws Exception {
    String past = TestPages.html(mvc, context, null, "/events?when=past");
    assertThat(past).contains("Digilabs 2021");
    long id =
        events.list(null, null, false, 0, 50).getContent().stream()
            .filter(e -> e.title().equals("Digilabs 2021"))
            .findFirst()
            .orElseThrow()
            .id();
    String en = TestPages.html(mvc, context, null, "/events/" + id);
    assertThat(en)
        .contains("Programme", "Hybrid", "Sunday, November 14, 2021", "Monday, November 15, 2021")
        .contains("Conditions for AI in public administration: experience from the labs")
        .contains("How digitalisation labs work and their future", "Opening")
        .contains("Federal CIO (Bundes-CIO)", "remote", "on-site", "Universität zu Lübeck")
        .contains("\"eventAttendanceMode\":\"https://schema.org/MixedEventAttendanceMode\"")
        .contains("\"@type\":\"VirtualLocation\"", "\"@type\":\"Place\"")
        .contains("2021-11-14T10:00+01:00")
        .doesNotContain("stream.example.org");
    String de = TestPages.html(mvc, context, null, "/events/" + id, "de");
    assertThat(de)
        .contains("Programm", "Sonntag, 14. November 2021", "online zugeschaltet", "vor Ort")
        .contains("Veranstaltet von", "Diese Veranstaltung ist vorbei.");
    // The panel: speakers partly remote, partly in the studio.
    SessionView panel =
        events.programme(id).stream()
            .filter(s -> s.kind().equals("panel"))
            .findFirst()
            .orElseThrow();
    assertThat(panel.speakers())
        .extracting(SessionView.SpeakerOnSession::remote)
        .contains(true, false);
    mvc.perform(get("/sessions/" + panel.id()).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Jonas Weber")));
    // The lab pages of the organising labs list it.
    mvc.perform(get("/labs/" + events.get(id).labIds().get(0)).param("lang", "en"))
        .andExpect(content().string(Matchers.containsString("Digilabs 2021")));
    // A viewer in another zone sees their own time noted.
    mvc.perform(
            get("/events/" + id).param("lang", "en").cookie(new Cookie("hub_tz", "Europe/London")))
        .andExpect(content().string(Matchers.containsString("your time: 9:00")));
  }

  @Test
  void onSiteSeatsFillThenTheWaitingListMovesUpWithMails() throws Exception {
    long event = event("organiser-seats@example.org", "Seats workshop", 2);
    String a = TestAccounts.member(context, "seat-a@example.org");
    String b = TestAccounts.member(context, "seat-b@example.org");
    String c = TestAccounts.member(context, "seat-c@example.org");
    String d = TestAccounts.member(context, "seat-d@example.org");
    String online = TestAccounts.member(context, "seat-online@example.org");
    register(event, a, "on-site").andExpect(status().is3xxRedirection());
    register(event, b, "on-site").andExpect(status().is3xxRedirection());
    register(event, c, "on-site").andExpect(status().is3xxRedirection());
    register(event, d, "on-site").andExpect(status().is3xxRedirection());
    register(event, online, "online").andExpect(status().is3xxRedirection());

    assertThat(mailsTo(a))
        .extracting(EventTests::subject)
        .containsExactly("Registered: Seats workshop");
    assertThat(mailsTo(c))
        .extracting(EventTests::subject)
        .containsExactly("Waiting list: Seats workshop");
    assertThat(GreenMailUtil.getBody(mailsTo(c).get(0))).contains("number 1");
    assertThat(GreenMailUtil.getBody(mailsTo(d).get(0))).contains("number 2");
    String onSiteMail = GreenMailUtil.getBody(mailsTo(a).get(0));
    assertThat(onSiteMail).contains("Test venue", "Teststra").doesNotContain("stream.example.org");
    assertThat(GreenMailUtil.getBody(mailsTo(online).get(0)))
        .contains("https://stream.example.org/secret-room-42");

    // The page shows each person their state; only the online registrant sees the link.
    String forC = TestPages.html(mvc, context, c, "/events/" + event);
    assertThat(forC).contains("waiting list (On-site), number 1").doesNotContain("secret-room-42");
    assertThat(TestPages.html(mvc, context, online, "/events/" + event, null))
        .contains("https://stream.example.org/secret-room-42");
    assertThat(mvc.perform(get("/events/" + event)).andReturn().getResponse().getContentAsString())
        .doesNotContain("secret-room-42");
    assertThat(
            mvc.perform(get("/api/v1/events/" + event))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("secret-room-42");
    assertThat(
            mvc.perform(get("/events/" + event + "/calendar.ics"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("secret-room-42");

    // b cancels: c (first in line) gets the seat and a mail; d moves to number 1.
    mvc.perform(
            post("/events/" + event + "/cancel-registration")
                .with(csrf())
                .with(TestAccounts.as(context, b)))
        .andExpect(status().is3xxRedirection());
    assertThat(mailsTo(b))
        .extracting(EventTests::subject)
        .contains("Registration cancelled: Seats workshop");
    assertThat(mailsTo(c))
        .extracting(EventTests::subject)
        .contains("A seat for you: Seats workshop");
    assertThat(GreenMailUtil.getBody(mailsTo(c).get(1))).contains("Test venue");
    List<RegistrationView> list =
        TestAccounts.acting(
            context,
            "organiser-seats@example.org",
            () -> context.getBean(RegistrationService.class).list(event, "on-site", null, null));
    assertThat(list)
        .extracting(RegistrationView::email, RegistrationView::state, RegistrationView::position)
        .containsExactly(
            Tuple.tuple(a, "confirmed", 0),
            Tuple.tuple(b, "cancelled", 0),
            Tuple.tuple(c, "confirmed", 0),
            Tuple.tuple(d, "waitlisted", 1));

    // Organisers: CSV export, check-in, a message to everyone.
    String organiser = "organiser-seats@example.org";
    String csv =
        mvc.perform(
                get("/events/" + event + "/registrations.csv")
                    .with(TestAccounts.as(context, organiser)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv).contains("name,email,attendance,state", a, "waitlisted");
    long regOfA = list.get(0).id();
    mvc.perform(
            post("/events/" + event + "/registrations/" + regOfA + "/check-in")
                .with(csrf())
                .with(TestAccounts.as(context, organiser)))
        .andExpect(status().is3xxRedirection());
    assertThat(
            TestAccounts.acting(
                    context,
                    organiser,
                    () ->
                        context
                            .getBean(RegistrationService.class)
                            .list(event, null, "confirmed", a))
                .get(0)
                .attendedAt())
        .isNotNull();
    mvc.perform(
            post("/events/" + event + "/message")
                .param("subject", "")
                .param("body", "Hello")
                .with(csrf())
                .with(TestAccounts.as(context, organiser)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Enter a subject")))
        .andExpect(content().string(Matchers.containsString("Hello")));
    mvc.perform(
            post("/events/" + event + "/message")
                .param("subject", "Room change")
                .param("body", "We meet in room 2.")
                .with(csrf())
                .with(TestAccounts.as(context, organiser)))
        .andExpect(status().is3xxRedirection());
    assertThat(mailsTo(d)).extracting(EventTests::subject).contains("[Seats workshop] Room change");
    assertThat(mailsTo(b))
        .extracting(EventTests::subject)
        .doesNotContain("[Seats workshop] Room change");

    // Cancelling the event tells everyone still registered; the page stays, marked cancelled.
    mvc.perform(
            post("/events/" + event + "/cancel")
                .with(csrf())
                .with(TestAccounts.as(context, organiser)))
        .andExpect(status().is3xxRedirection());
    for (String person : List.of(a, c, d, online)) {
      assertThat(mailsTo(person))
          .extracting(EventTests::subject)
          .contains("Cancelled: Seats workshop");
    }
    mvc.perform(get("/events/" + event).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("This event has been cancelled.")));
    register(event, TestAccounts.member(context, "seat-late@example.org"), "online");
    assertThat(mailsTo("seat-late@example.org")).isEmpty();
  }

  @Test
  void hybridRegistrationMustChooseHowToAttend() throws Exception {
    long event = event("organiser-choose@example.org", "Choose workshop", 5);
    String m = TestAccounts.member(context, "choose-m@example.org");
    register(event, m, "").andExpect(status().is3xxRedirection());
    assertThat(mailsTo(m)).isEmpty();
    mvc.perform(
            post("/api/v1/events/" + event + "/registration")
                .contentType("application/json")
                .content("{\"attendance\":\"sideways\"}")
                .header(
                    "Authorization",
                    "Bearer " + accounts.createToken(accounts.byEmail(m).orElseThrow().id(), "t")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("attendance"));
  }

  @Test
  void programmeRulesTimesAndZones() throws Exception {
    String organiser = "organiser-rules@example.org";
    long lab = labWithEditor("Rules Lab", organiser);
    // Autumn 2026: Berlin's clocks go back at 03:00 on 25 October; spring: forward on 29 March.
    long event =
        TestAccounts.acting(
            context,
            organiser,
            () ->
                writing
                    .create(
                        EventFixtures.hybrid(
                            "DST night",
                            lab,
                            LocalDateTime.of(2026, 10, 24, 18, 0),
                            LocalDateTime.of(2026, 10, 25, 12, 0),
                            10))
                    .id());
    long speaker =
        TestAccounts.acting(
            context,
            organiser,
            () ->
                speakerService
                    .addSpeaker(
                        event, new SpeakerCommand("Ada Speaker", null, null, null, null, null))
                    .id());
    SessionView night =
        TestAccounts.acting(
            context,
            organiser,
            () ->
                programme.addSession(
                    event,
                    EventFixtures.session(
                        "Through the change",
                        LocalDateTime.of(2026, 10, 25, 1, 30),
                        LocalDateTime.of(2026, 10, 25, 3, 30),
                        "Hall",
                        List.of(speaker))));
    // 01:30 is still summer time (UTC+2), 03:30 winter time (UTC+1): three hours, not two.
    assertThat(night.startsAt()).isEqualTo(Instant.parse("2026-10-24T23:30:00Z"));
    assertThat(Duration.between(night.startsAt(), night.endsAt()).toHours()).isEqualTo(3);

    // Same room at the same time, same speaker at the same time: refused, next to the field.
    mvc.perform(
            post("/events/" + event + "/sessions")
                .with(csrf())
                .with(TestAccounts.as(context, organiser))
                .param("lang", "en")
                .param("title", "Clash")
                .param("kind", "talk")
                .param("start", "2026-10-25T02:00")
                .param("end", "2026-10-25T02:30")
                .param("room", "hall"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Hall is taken at that time by")))
        .andExpect(content().string(Matchers.containsString("value=\"Clash\"")));
    mvc.perform(
            post("/events/" + event + "/sessions")
                .with(csrf())
                .with(TestAccounts.as(context, organiser))
                .param("lang", "en")
                .param("title", "Double booked")
                .param("kind", "talk")
                .param("start", "2026-10-25T02:00")
                .param("end", "2026-10-25T02:30")
                .param("room", "Other room")
                .param("remoteSpeakerIds", Long.toString(speaker)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Ada Speaker speaks at that time")));
    assertThat(TestAccounts.acting(context, organiser, () -> events.programme(event))).hasSize(1);

    // A wall-clock time skipped by the spring change does not exist.
    long spring =
        TestAccounts.acting(
            context,
            organiser,
            () ->
                writing
                    .create(
                        EventFixtures.hybrid(
                            "Spring night",
                            lab,
                            LocalDateTime.of(2027, 3, 27, 18, 0),
                            LocalDateTime.of(2027, 3, 28, 12, 0),
                            10))
                    .id());
    mvc.perform(
            post("/events/" + spring + "/sessions")
                .with(csrf())
                .with(TestAccounts.as(context, organiser))
                .param("lang", "en")
                .param("title", "Ghost hour")
                .param("kind", "talk")
                .param("start", "2027-03-28T02:30")
                .param("end", "2027-03-28T03:30"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(Matchers.containsString("There is no 02:30 on that day in Europe/Berlin")));

    // The event feed parses back with the same instants, in the event's zone.
    TestAccounts.acting(context, organiser, () -> writing.publish(event));
    String ics =
        mvc.perform(get("/events/" + event + "/calendar.ics"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/calendar"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<VEvent> parsed = vevents(ics);
    assertThat(parsed).hasSize(1);
    assertThat(instant(parsed.get(0), Property.DTSTART)).isEqualTo(night.startsAt());
    assertThat(instant(parsed.get(0), Property.DTEND)).isEqualTo(night.endsAt());
    assertThat(ics)
        .contains(
            "DTSTART;TZID=Europe/Berlin:20261025T013000", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin");
    assertThat(parsed.get(0).getProperty(Property.LOCATION).orElseThrow().getValue())
        .contains("Test venue", "(Hall)");
    assertThat(parsed.get(0).getProperty(Property.URL).orElseThrow().getValue())
        .endsWith("/sessions/" + night.id());
  }

  @Test
  void personalAgendaFlagsConflictsAndItsPrivateFeedParses() throws Exception {
    long event = event("organiser-agenda@example.org", "Agenda day", 10);
    String organiser = "organiser-agenda@example.org";
    EventView shown = events.get(event);
    LocalDateTime nine = shown.start();
    SessionView first =
        TestAccounts.acting(
            context,
            organiser,
            () ->
                programme.addSession(
                    event,
                    EventFixtures.session(
                        "First talk", nine, nine.plusHours(1), "Room A", List.of())));
    SessionView second =
        TestAccounts.acting(
            context,
            organiser,
            () ->
                programme.addSession(
                    event,
                    EventFixtures.session(
                        "Parallel talk",
                        nine.plusMinutes(30),
                        nine.plusMinutes(90),
                        "Room B",
                        List.of())));
    SessionView third =
        TestAccounts.acting(
            context,
            organiser,
            () ->
                programme.addSession(
                    event,
                    EventFixtures.session(
                        "Later talk", nine.plusHours(3), nine.plusHours(4), "Room A", List.of())));
    String member = TestAccounts.member(context, "agenda-member@example.org");
    register(event, member, "online");
    for (SessionView s : List.of(first, second, third)) {
      mvc.perform(
              post("/sessions/" + s.id() + "/bookmark")
                  .with(csrf())
                  .with(TestAccounts.as(context, member)))
          .andExpect(status().is3xxRedirection());
    }
    String agendaPage = TestPages.html(mvc, context, member, "/agenda");
    assertThat(agendaPage)
        .contains(
            "Overlap:", "at the same time as Parallel talk", "at the same time as First talk");

    String location =
        mvc.perform(post("/agenda/feed").with(csrf()).with(TestAccounts.as(context, member)))
            .andReturn()
            .getFlashMap()
            .get("feedToken")
            .toString();
    String ics =
        mvc.perform(get("/agenda/feed/" + location + ".ics"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<VEvent> parsed = vevents(ics);
    assertThat(parsed)
        .extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
        .containsExactly("First talk", "Parallel talk", "Later talk");
    assertThat(instant(parsed.get(0), Property.DTSTART)).isEqualTo(first.startsAt());
    assertThat(instant(parsed.get(2), Property.DTEND)).isEqualTo(third.endsAt());
    // Registered online: the location is the event page, never the private link.
    assertThat(parsed.get(0).getProperty(Property.LOCATION).orElseThrow().getValue())
        .endsWith("/events/" + event);
    assertThat(ics).doesNotContain("secret-room-42");
    // A new address revokes the old one; switching off revokes it too.
    String renewed =
        mvc.perform(post("/agenda/feed").with(csrf()).with(TestAccounts.as(context, member)))
            .andReturn()
            .getFlashMap()
            .get("feedToken")
            .toString();
    mvc.perform(get("/agenda/feed/" + location + ".ics")).andExpect(status().isNotFound());
    mvc.perform(get("/agenda/feed/" + renewed + ".ics")).andExpect(status().isOk());
    mvc.perform(post("/agenda/feed/revoke").with(csrf()).with(TestAccounts.as(context, member)));
    mvc.perform(get("/agenda/feed/" + renewed + ".ics")).andExpect(status().isNotFound());
  }

  @Test
  void feedbackOncePerAttendeeAfterTheSessionStarted() throws Exception {
    String organiser = "organiser-feedback@example.org";
    long lab = labWithEditor("Feedback Lab", organiser);
    LocalDateTime start = LocalDateTime.now(BERLIN).minusHours(2).withSecond(0).withNano(0);
    long event =
        TestAccounts.acting(
            context,
            organiser,
            () ->
                writing
                    .create(
                        EventFixtures.hybrid("Running now", lab, start, start.plusHours(6), null))
                    .id());
    SessionView talk =
        TestAccounts.acting(
            context,
            organiser,
            () -> {
              writing.publish(event);
              return programme.addSession(
                  event,
                  EventFixtures.session(
                      "Started talk", start, start.plusHours(1), null, List.of()));
            });
    String member = TestAccounts.member(context, "feedback-member@example.org");
    String stranger = TestAccounts.member(context, "feedback-stranger@example.org");
    register(event, member, "on-site");
    mvc.perform(
            post("/sessions/" + talk.id() + "/feedback")
                .param("rating", "4")
                .param("comment", "Useful")
                .with(csrf())
                .with(TestAccounts.as(context, member)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/sessions/" + talk.id() + "/feedback")
                .param("rating", "1")
                .with(csrf())
                .with(TestAccounts.as(context, member))
                .param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(Matchers.containsString("You have rated this session already.")));
    mvc.perform(
            post("/sessions/" + talk.id() + "/feedback")
                .param("rating", "5")
                .with(csrf())
                .with(TestAccounts.as(context, stranger))
                .param("lang", "en"))
        .andExpect(
            content().string(Matchers.containsString("Only people registered for the event")));
    AgendaService.FeedbackSummary summary =
        TestAccounts.acting(
                context, organiser, () -> context.getBean(AgendaService.class).feedbackOf(event))
            .get(talk.id());
    assertThat(summary.count()).isEqualTo(1);
    assertThat(summary.average()).isEqualTo(4.0);
    assertThat(summary.comments()).containsExactly("Useful");
  }

  @Test
  void programmeImportsFromACalendarFileAndAgainUpdates() throws Exception {
    String organiser = "organiser-import@example.org";
    long lab = labWithEditor("Import Lab", organiser);
    long event =
        TestAccounts.acting(
            context,
            organiser,
            () ->
                writing
                    .create(
                        EventFixtures.hybrid(
                            "Imported day",
                            lab,
                            LocalDateTime.of(2027, 5, 10, 8, 0),
                            LocalDateTime.of(2027, 5, 10, 18, 0),
                            null))
                    .id());
    String file =
        String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//test//test//EN",
            "BEGIN:VEVENT",
            "UID:one@test",
            "DTSTAMP:20270101T000000Z",
            "SUMMARY:Keynote from a file",
            "DTSTART;TZID=Europe/Berlin:20270510T090000",
            "DTEND;TZID=Europe/Berlin:20270510T100000",
            "LOCATION:Main hall",
            "RRULE:FREQ=DAILY;COUNT=3",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:two@test",
            "DTSTAMP:20270101T000000Z",
            "SUMMARY:Talk in UTC",
            "DTSTART:20270510T090000Z",
            "DURATION:PT45M",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:three@test",
            "DTSTAMP:20270101T000000Z",
            "SUMMARY:Next year",
            "DTSTART:20280510T090000Z",
            "DTEND:20280510T100000Z",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:four@test",
            "DTSTAMP:20270101T000000Z",
            "SUMMARY:All day",
            "DTSTART;VALUE=DATE:20270510",
            "END:VEVENT",
            "END:VCALENDAR",
            "");
    MockMultipartFile upload =
        new MockMultipartFile("file", "programme.ics", "text/calendar", file.getBytes());
    String page =
        mvc.perform(
                MockMvcRequestBuilders.multipart("/events/" + event + "/import")
                    .file(upload)
                    .param("lang", "en")
                    .with(csrf())
                    .with(TestAccounts.as(context, organiser)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(
            "2 created, 0 updated, 2 skipped.",
            "The session must lie within the event",
            "All-day entries are not sessions.",
            "A repeating entry: only its first occurrence became a session.");
    List<SessionView> programme =
        TestAccounts.acting(context, organiser, () -> events.programme(event));
    assertThat(programme)
        .extracting(SessionView::title)
        .containsExactly("Keynote from a file", "Talk in UTC");
    assertThat(programme.get(1).startsAt()).isEqualTo(Instant.parse("2027-05-10T09:00:00Z"));
    assertThat(programme.get(1).end().toString()).isEqualTo("2027-05-10T11:45");
    assertThat(programme.get(0).room()).isEqualTo("Main hall");
    String again =
        mvc.perform(
                MockMvcRequestBuilders.multipart("/events/" + event + "/import")
                    .file(upload)
                    .param("lang", "en")
                    .with(csrf())
                    .with(TestAccounts.as(context, organiser)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(again).contains("0 created, 2 updated, 2 skipped.");
    assertThat(TestAccounts.acting(context, organiser, () -> events.programme(event))).hasSize(2);
  }

  @Test
  void eventsAndSessionsAreSearchableWithFacetsButNotTheirPrivateLink() throws Exception {
    long event = event("organiser-search@example.org", "Quantenkonferenz der Labore", null);
    TestAccounts.acting(
        context,
        "organiser-search@example.org",
        () ->
            programme.addSession(
                event,
                EventFixtures.session(
                    "Quantenvortrag",
                    events.get(event).start(),
                    events.get(event).start().plusHours(1),
                    null,
                    List.of())));
    String json =
        mvc.perform(get("/api/v1/search").param("q", "Quantenkonferenz Quantenvortrag"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json)
        .contains(
            "\"type\":\"event\"",
            "\"type\":\"session\"",
            "\"eventType\":{\"workshop\"",
            "\"attendance\":{\"hybrid\"")
        .doesNotContain("secret-room-42");
    mvc.perform(get("/api/v1/search").param("q", "Quantenkonferenz").param("attendance", "online"))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/search").param("q", "Quantenkonferenz").param("lang", "de"))
        .andExpect(content().string(Matchers.containsString("Teilnahmeform")))
        .andExpect(
            content()
                .string(Matchers.containsString("<span class=\"badge mode-hybrid\">Hybrid</span>")))
        .andExpect(content().string(Matchers.containsString("href=\"/events/" + event + "\"")));
  }

  @Test
  void apiWritesAnswerWithProblemsAndDetectStaleVersions() throws Exception {
    long event = event("organiser-api@example.org", "API day", 3);
    String token =
        "Bearer "
            + accounts.createToken(
                accounts.byEmail("organiser-api@example.org").orElseThrow().id(), "t");
    mvc.perform(
            post("/api/v1/events")
                .header("Authorization", token)
                .contentType("application/json")
                .content(
                    "{\"title\":\"\",\"type\":\"party\",\"mode\":\"hybrid\",\"timeZone\":\"Mars/Base\",\"start\":\"2027-01-01T10:00\",\"end\":\"2027-01-01T09:00\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("title")));
    EventView current = events.get(event);
    String body =
        """
        {"title":"API day, renamed","type":"workshop","mode":"hybrid","venueName":"Test venue",
         "timeZone":"Europe/Berlin","start":"%s","end":"%s","labIds":%s,"version":%d}
        """
            .formatted(current.start(), current.end(), current.labIds(), current.version() + 7);
    mvc.perform(
            MockMvcRequestBuilders.put("/api/v1/events/" + event)
                .header("Authorization", token)
                .contentType("application/json")
                .content(body))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/v1/events"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].title").value(Matchers.hasItem("API day")));
    mvc.perform(get("/api/v1/events/" + event + "/registrations"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void speakersGetPhotosAndSessionsGetMaterialsAfterwards() throws Exception {
    long event = event("organiser-materials@example.org", "Materials day", null);
    String organiser = "organiser-materials@example.org";
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    String location =
        mvc.perform(
                MockMvcRequestBuilders.multipart("/events/" + event + "/speakers")
                    .file(new MockMultipartFile("photo", "me.png", "image/png", png))
                    .param("name", "Photo Person")
                    .param("accountEmail", organiser)
                    .with(csrf())
                    .with(TestAccounts.as(context, organiser)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(location + "/photo"))
        .andExpect(status().isOk())
        .andExpect(content().contentType("image/png"));
    mvc.perform(get(location).param("lang", "en"))
        .andExpect(content().string(Matchers.containsString("Member of the hub")));
    // Not an image: refused next to the field, nothing saved.
    mvc.perform(
            MockMvcRequestBuilders.multipart("/events/" + event + "/speakers")
                .file(new MockMultipartFile("photo", "me.png", "image/png", "not a png".getBytes()))
                .param("name", "Broken Photo")
                .param("lang", "en")
                .with(csrf())
                .with(TestAccounts.as(context, organiser)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("must be a PNG or JPEG")))
        .andExpect(content().string(Matchers.containsString("value=\"Broken Photo\"")));
    assertThat(speakerService.speakers(event))
        .extracting(SpeakerView::name)
        .containsExactly("Photo Person");

    SessionView talk =
        TestAccounts.acting(
            context,
            organiser,
            () ->
                programme.addSession(
                    event,
                    EventFixtures.session(
                        "Talk with slides",
                        events.get(event).start(),
                        events.get(event).start().plusHours(1),
                        null,
                        List.of())));
    mvc.perform(
            post("/sessions/" + talk.id() + "/materials")
                .param(
                    "materials",
                    "slides | Our slides | https://example.org/slides.pdf\nrecording | Video | https://example.org/video")
                .with(csrf())
                .with(TestAccounts.as(context, organiser)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/sessions/" + talk.id()).param("lang", "en"))
        .andExpect(
            content().string(Matchers.containsString("href=\"https://example.org/slides.pdf\"")))
        .andExpect(content().string(Matchers.containsString("Recording")));
    mvc.perform(
            post("/sessions/" + talk.id() + "/materials")
                .param("materials", "link | Bad | javascript:alert(1)")
                .with(csrf())
                .with(TestAccounts.as(context, organiser)))
        .andExpect(status().is3xxRedirection());
    assertThat(events.session(talk.id()).materials()).hasSize(2);
    assertThat(
            mvc.perform(get("/sessions/" + talk.id()))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("javascript:alert");

    // Through the API, a material without a kind (or no material at all) is the caller's mistake.
    String token =
        "Bearer "
            + accounts.createToken(accounts.byEmail(organiser).orElseThrow().id(), "materials");
    for (String body :
        List.of("[{\"title\":\"No kind\",\"url\":\"https://example.org\"}]", "[null]")) {
      mvc.perform(
              MockMvcRequestBuilders.put(
                      "/api/v1/events/" + event + "/sessions/" + talk.id() + "/materials")
                  .header("Authorization", token)
                  .contentType("application/json")
                  .content(body))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType("application/problem+json"))
          .andExpect(jsonPath("$.errors[0].field").value("materials"));
    }
    assertThat(events.session(talk.id()).materials()).hasSize(2);
  }

  @Test
  void membersOnlyEventsAndRegistrationWindows() throws Exception {
    String organiser = "organiser-window@example.org";
    long lab = labWithEditor("Window Lab", organiser);
    LocalDateTime start =
        LocalDateTime.now(BERLIN).plusDays(40).withHour(10).withMinute(0).withSecond(0).withNano(0);
    EventCommand membersOnly =
        EventFixtures.event()
            .title("Closed circle")
            .lab(lab)
            .from(start)
            .to(start.plusHours(2))
            .seats(10)
            .registration(start.minusDays(5), start.minusDays(1))
            .membersOnly()
            .build();
    long event =
        TestAccounts.acting(
            context,
            organiser,
            () -> {
              long id = writing.create(membersOnly).id();
              writing.publish(id);
              return id;
            });
    mvc.perform(get("/events/" + event)).andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/events/" + event)).andExpect(status().isUnauthorized());
    assertThat(
            mvc.perform(get("/api/v1/search").param("q", "Closed circle"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("\"type\":\"event\"");
    String member = TestAccounts.member(context, "window-member@example.org");
    mvc.perform(get("/events/" + event).param("lang", "en").with(TestAccounts.as(context, member)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Members only")));
    register(event, member, "on-site")
        .andExpect(
            MockMvcResultMatchers.flash()
                .attribute("registrationError", "events.error.notYetOpen"));
    assertThat(context.getBean(RegistrationService.class).taken(event))
        .containsEntry("on-site", 0L);
  }

  static List<VEvent> vevents(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    calendar.validate();
    return calendar.getComponents().stream()
        .filter(VEvent.class::isInstance)
        .map(VEvent.class::cast)
        .toList();
  }

  static Instant instant(VEvent event, String property) {
    Temporal value = ((DateProperty<?>) event.getProperty(property).orElseThrow()).getDate();
    return value instanceof ZonedDateTime z ? z.toInstant() : Instant.from(value);
  }
}
