package eu.digilabs.hub.events.web;

import static eu.digilabs.hub.shared.text.Values.blank;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.discussions.DiscussionReading;
import eu.digilabs.hub.events.AgendaService;
import eu.digilabs.hub.events.EventClock;
import eu.digilabs.hub.events.EventFeeds;
import eu.digilabs.hub.events.EventService;
import eu.digilabs.hub.events.EventSummary;
import eu.digilabs.hub.events.EventView;
import eu.digilabs.hub.events.RegistrationService;
import eu.digilabs.hub.events.RegistrationView;
import eu.digilabs.hub.events.SessionView;
import eu.digilabs.hub.events.SpeakerService;
import eu.digilabs.hub.events.SpeakerView;
import eu.digilabs.hub.notifications.Follows;
import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.translation.ContentTranslations;
import eu.digilabs.hub.web.PageMeta;
import eu.digilabs.hub.web.Pager;
import eu.digilabs.hub.web.Ui;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participants' side: event lists and pages with the programme by day and track, speakers,
 * sessions, registration, the personal agenda with its private feed, feedback, and calendars.
 */
@Controller
class EventController {

  static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

  private final EventService events;
  private final SpeakerService speakers;
  private final RegistrationService registrations;
  private final AgendaService agenda;
  private final EventFeeds feeds;
  private final EventJsonLd jsonLd;
  private final Rights rights;
  private final String baseUrl;

  private final Follows follows;

  private final DiscussionReading discussionReading;
  private final ContentTranslations translations;
  private final EventTranslation eventTranslation;
  private final SessionTranslation sessionTranslation;

  EventController(
      EventService events,
      SpeakerService speakers,
      RegistrationService registrations,
      AgendaService agenda,
      EventFeeds feeds,
      EventJsonLd jsonLd,
      Rights rights,
      HubProperties hub,
      Follows follows,
      DiscussionReading discussionReading,
      ContentTranslations translations,
      EventTranslation eventTranslation,
      SessionTranslation sessionTranslation) {
    this.discussionReading = discussionReading;
    this.translations = translations;
    this.eventTranslation = eventTranslation;
    this.sessionTranslation = sessionTranslation;
    this.follows = follows;
    this.baseUrl = hub.baseUrl();
    this.events = events;
    this.speakers = speakers;
    this.registrations = registrations;
    this.agenda = agenda;
    this.feeds = feeds;
    this.jsonLd = jsonLd;
    this.rights = rights;
  }

  @GetMapping("/events")
  String list(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String mode,
      @RequestParam(defaultValue = "upcoming") String when,
      @RequestParam(defaultValue = "0") int page,
      @ModelAttribute("ui") Ui ui,
      HttpServletRequest request,
      Model model) {
    boolean upcoming = !"past".equals(when);
    Page<EventSummary> found = events.list(blank(type), blank(mode), upcoming, page, 20);
    model.addAttribute("page", found);
    model.addAttribute("pager", Pager.of(found, ui, request.getQueryString()));
    model.addAttribute("upcoming", upcoming);
    model.addAttribute("type", blank(type));
    model.addAttribute("mode", blank(mode));
    model.addAttribute("mine", events.organisedByMe());
    return "events/list";
  }

  @GetMapping("/events/{id}")
  String detail(
      @PathVariable long id,
      @RequestParam(required = false) Long track,
      @RequestParam(required = false) @Nullable String translate,
      @CookieValue(name = "hub_tz", required = false) String viewerZone,
      @ModelAttribute("ui") Ui ui,
      Model model) {
    EventView event = events.get(id);
    model.addAttribute("translation", translations.panel(eventTranslation.item(event), translate));
    List<SessionView> programme = events.programme(id);
    Map<LocalDate, List<SessionView>> days = new LinkedHashMap<>();
    programme.stream()
        .filter(s -> track == null || track.equals(s.roomId()) || s.roomId() == null)
        .forEach(s -> days.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s));
    model.addAttribute("event", event);
    model.addAttribute("clock", clock(event, viewerZone, ui));
    model.addAttribute("days", days);
    model.addAttribute("rooms", events.rooms(id));
    model.addAttribute("track", track);
    model.addAttribute("speakers", speakers.speakers(id));
    Map<Long, String> labNames = events.labNames(event);
    model.addAttribute("labNames", labNames);
    model.addAttribute("mine", registrations.mine(id).orElse(null));
    model.addAttribute("taken", registrations.taken(id));
    model.addAttribute("mayManage", events.mayManage(id));
    model.addAttribute("bookmarked", agenda.bookmarked());
    // A translated view describes itself by the page's defaults: its description and data
    // belong to the original, which is the canonical page (and the view is noindex).
    if (PageMeta.forOriginal(translate)) {
      model.addAttribute("meta", jsonLd.meta(event, programme, labNames));
    }
    model.addAttribute("follow", follows.state(ItemKeys.of("event", id), event.labIds()));
    model.addAttribute(
        "discussion", discussionReading.section(ItemKeys.of("event", id), event.labIds()));
    return "events/detail";
  }

  @GetMapping("/events/{id}/speakers/{speakerId}")
  String speaker(
      @PathVariable long id,
      @PathVariable long speakerId,
      @CookieValue(name = "hub_tz", required = false) String viewerZone,
      @ModelAttribute("ui") Ui ui,
      Model model) {
    EventView event = events.get(id);
    SpeakerView speaker = speakers.speaker(id, speakerId);
    model.addAttribute("event", event);
    model.addAttribute("speaker", speaker);
    model.addAttribute("clock", clock(event, viewerZone, ui));
    model.addAttribute(
        "sessions",
        events.programme(id).stream()
            .filter(s -> s.speakers().stream().anyMatch(p -> p.id() == speakerId))
            .toList());
    model.addAttribute("mayManage", events.mayManage(id));
    return "events/speaker";
  }

  @GetMapping("/events/{id}/speakers/{speakerId}/photo")
  ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable long speakerId) {
    var file = speakers.photo(id, speakerId).orElseThrow(() -> new NotFound("No photo."));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.getValue()))
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
        .body(new FileSystemResource(file.getKey()));
  }

  @GetMapping("/sessions/{id}")
  String session(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String translate,
      @CookieValue(name = "hub_tz", required = false) String viewerZone,
      @ModelAttribute("ui") Ui ui,
      Model model) {
    SessionView session = events.session(id);
    EventView event = events.get(session.eventId());
    model.addAttribute(
        "translation", translations.panel(sessionTranslation.item(session, event), translate));
    model.addAttribute("session", session);
    model.addAttribute("event", event);
    model.addAttribute("clock", clock(event, viewerZone, ui));
    model.addAttribute("bookmarked", agenda.bookmarked().contains(id));
    model.addAttribute("mine", registrations.mine(event.id()).orElse(null));
    model.addAttribute("gaveFeedback", agenda.gaveFeedback(id));
    model.addAttribute("started", !Instant.now().isBefore(session.startsAt()));
    model.addAttribute("mayManage", events.mayManage(event.id()));
    model.addAttribute("error", null);
    return "events/session";
  }

  @PostMapping("/events/{id}/register")
  String register(
      @PathVariable long id,
      @RequestParam(required = false) String attendance,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    rights.requireMember();
    try {
      RegistrationView registration = registrations.register(id, attendance, ui.locale());
      redirect.addFlashAttribute(
          "notice", registration.confirmed() ? "events.registered" : "events.waitlisted");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("registrationError", e.problems().get(0).code());
    }
    return "redirect:/events/" + id + "#registration";
  }

  @PostMapping("/events/{id}/cancel-registration")
  String cancelRegistration(@PathVariable long id, RedirectAttributes redirect) {
    registrations.cancel(id);
    redirect.addFlashAttribute("notice", "events.registrationCancelled");
    return "redirect:/events/" + id + "#registration";
  }

  @PostMapping("/sessions/{id}/bookmark")
  String bookmark(
      @PathVariable long id,
      @RequestParam(defaultValue = "add") String action,
      @RequestParam(required = false) String back,
      RedirectAttributes redirect) {
    if ("remove".equals(action)) {
      agenda.unbookmark(id);
      redirect.addFlashAttribute("notice", "events.unbookmarked");
    } else {
      agenda.bookmark(id);
      redirect.addFlashAttribute("notice", "events.bookmarked");
    }
    return "redirect:" + safeBack(back, "/sessions/" + id);
  }

  @PostMapping("/sessions/{id}/feedback")
  String feedback(
      @PathVariable long id,
      @RequestParam(required = false) String rating,
      @RequestParam(required = false) String comment,
      @CookieValue(name = "hub_tz", required = false) String viewerZone,
      @ModelAttribute("ui") Ui ui,
      Model model,
      RedirectAttributes redirect) {
    rights.requireMember();
    try {
      Integer stars = rating != null && rating.matches("[1-5]") ? Integer.valueOf(rating) : null;
      agenda.feedback(id, stars, comment);
      redirect.addFlashAttribute("notice", "events.feedbackThanks");
      return "redirect:/sessions/" + id;
    } catch (InvalidInput e) {
      session(id, null, viewerZone, ui, model);
      model.addAttribute("error", e.problems().get(0).code());
      model.addAttribute("comment", comment);
      return "events/session";
    }
  }

  @GetMapping("/agenda")
  String myAgenda(
      @CookieValue(name = "hub_tz", required = false) String viewerZone,
      @ModelAttribute("ui") Ui ui,
      Model model) {
    rights.requireMember();
    model.addAttribute("entries", agenda.agenda());
    model.addAttribute("feedCreated", agenda.feedCreated().orElse(null));
    model.addAttribute("viewer", EventClock.viewerZone(viewerZone));
    model.addAttribute("baseUrl", baseUrl);
    return "events/agenda";
  }

  @PostMapping("/agenda/feed")
  String renewFeed(RedirectAttributes redirect) {
    redirect.addFlashAttribute("feedToken", agenda.renewFeed());
    return "redirect:/agenda#feed";
  }

  @PostMapping("/agenda/feed/revoke")
  String revokeFeed(RedirectAttributes redirect) {
    agenda.revokeFeed();
    redirect.addFlashAttribute("notice", "events.feedRevoked");
    return "redirect:/agenda#feed";
  }

  @GetMapping("/agenda/feed/{token}.ics")
  ResponseEntity<String> agendaFeed(@PathVariable String token) {
    String ics = feeds.agenda(token).orElseThrow(() -> new NotFound("No such feed."));
    return calendar(ics, "agenda.ics", true);
  }

  @GetMapping("/events/{id}/calendar.ics")
  ResponseEntity<String> eventFeed(@PathVariable long id) {
    return calendar(feeds.event(id), "event-" + id + ".ics", false);
  }

  @GetMapping("/sessions/{id}/calendar.ics")
  ResponseEntity<String> sessionFeed(@PathVariable long id) {
    return calendar(feeds.session(id), "session-" + id + ".ics", false);
  }

  /** Every upcoming event visitors may see, for calendar clients to subscribe to. */
  @GetMapping("/events.ics")
  ResponseEntity<String> upcomingFeed(@ModelAttribute("ui") Ui ui) {
    return calendar(
        feeds.upcoming(ui.t("feeds.title", ui.site().name(), ui.t("feeds.calendar.name"))),
        "events.ics",
        false);
  }

  @GetMapping("/labs/{id}/events.ics")
  ResponseEntity<String> labFeed(@PathVariable long id, @ModelAttribute("ui") Ui ui) {
    return calendar(
        feeds.upcomingOfLab(id, ui.t("feeds.calendar.name")), "lab-" + id + "-events.ics", false);
  }

  static ResponseEntity<String> calendar(String ics, String name, boolean personal) {
    return ResponseEntity.ok()
        .contentType(CALENDAR)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
        // Calendars are for calendar clients, not search results; an event's or session's
        // calendar may be a members-only event's, so no shared cache keeps it.
        .header("X-Robots-Tag", "noindex, nofollow")
        .cacheControl(personal ? CacheControl.noStore() : CacheControl.noCache().cachePrivate())
        .body(ics);
  }

  static EventClock clock(EventView event, @Nullable String viewerZone, Ui ui) {
    ZoneId viewer = EventClock.viewerZone(viewerZone);
    return new EventClock(event.zone(), viewer, ui.locale());
  }

  /** Only local paths are followed back, never another site. */
  static String safeBack(@Nullable String back, String fallback) {
    return back != null && back.matches("/[A-Za-z0-9/_#?=&.-]*") && !back.startsWith("//")
        ? back
        : fallback;
  }
}
