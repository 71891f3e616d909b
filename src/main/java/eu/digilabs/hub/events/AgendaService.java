package eu.digilabs.hub.events;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's personal agenda (bookmarked sessions, overlaps flagged), its private calendar feed,
 * and feedback on sessions.
 */
@Service
@Transactional
public class AgendaService {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Sessions sessions;
  private final Bookmarks bookmarks;
  private final AgendaFeeds feeds;
  private final Feedbacks feedbacks;
  private final Registrations registrations;
  private final SessionViews views;
  private final EventAccess access;
  private final Rights rights;

  AgendaService(
      Sessions sessions,
      Bookmarks bookmarks,
      AgendaFeeds feeds,
      Feedbacks feedbacks,
      Registrations registrations,
      SessionViews views,
      EventAccess access,
      Rights rights) {
    this.sessions = sessions;
    this.bookmarks = bookmarks;
    this.feeds = feeds;
    this.feedbacks = feedbacks;
    this.registrations = registrations;
    this.views = views;
    this.access = access;
    this.rights = rights;
  }

  /** One session on an agenda, with the titles of the other bookmarked sessions it overlaps. */
  public record Entry(SessionView session, EventView event, List<String> conflicts) {}

  /** A session's feedback for organisers: count, mean, how many gave each rating, comments. */
  public record FeedbackSummary(
      long count, double average, long[] byRating, List<String> comments) {}

  public void bookmark(long sessionId) {
    long account = rights.requireMember();
    views.session(sessionId);
    if (!bookmarks.existsById(new Bookmark.Key(account, sessionId))) {
      bookmarks.save(new Bookmark(account, sessionId));
    }
  }

  public void unbookmark(long sessionId) {
    long account = rights.requireMember();
    bookmarks.deleteById(new Bookmark.Key(account, sessionId));
  }

  @Transactional(readOnly = true)
  public Set<Long> bookmarked() {
    return rights
        .currentAccountId()
        .map(
            a ->
                bookmarks.findByAccountId(a).stream()
                    .map(Bookmark::sessionId)
                    .collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  /** The signed-in member's agenda in time order, overlaps flagged. */
  @Transactional(readOnly = true)
  public List<Entry> agenda() {
    return agendaOf(rights.requireMember());
  }

  List<Entry> agendaOf(long account) {
    List<Long> ids = bookmarks.findByAccountId(account).stream().map(Bookmark::sessionId).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Instant now = Instant.now();
    Map<Long, List<EventSession>> byEvent = new LinkedHashMap<>();
    for (EventSession s : sessions.withEvents(ids)) {
      if (s.event().publication() != Event.Publication.DRAFT) {
        byEvent.computeIfAbsent(s.event().id(), e -> new ArrayList<>()).add(s);
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (List<EventSession> list : byEvent.values()) {
      Event event = list.get(0).event();
      EventView shown = EventView.of(event, false, now);
      views.views(event, list).forEach(v -> entries.add(new Entry(v, shown, List.of())));
    }
    entries.sort(
        Comparator.comparing((Entry e) -> e.session().startsAt())
            .thenComparing(e -> e.session().id()));
    List<Entry> flagged = new ArrayList<>();
    for (Entry entry : entries) {
      List<String> conflicts =
          entries.stream()
              .filter(other -> other != entry && other.session().overlaps(entry.session()))
              .map(other -> other.session().title())
              .toList();
      flagged.add(new Entry(entry.session(), entry.event(), conflicts));
    }
    return flagged;
  }

  // --- private feed ----------------------------------------------------------------------------

  /**
   * A new secret address for the member's agenda feed; the old one stops working. The secret is
   * returned once and only its hash is kept.
   */
  public String renewFeed() {
    long account = rights.requireMember();
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    feeds
        .findById(account)
        .ifPresentOrElse(
            f -> f.renew(hash(token)), () -> feeds.save(new AgendaFeed(account, hash(token))));
    return token;
  }

  public void revokeFeed() {
    long account = rights.requireMember();
    feeds.deleteById(account);
  }

  @Transactional(readOnly = true)
  public Optional<Instant> feedCreated() {
    return rights.currentAccountId().flatMap(feeds::findById).map(AgendaFeed::createdAt);
  }

  /** The account behind a feed secret; empty for an unknown or revoked one. */
  @Transactional(readOnly = true)
  Optional<Long> feedOwner(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
      return Optional.empty();
    }
    return feeds.findByTokenHash(hash(token)).map(AgendaFeed::accountId);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- feedback --------------------------------------------------------------------------------

  /**
   * Records the signed-in attendee's rating of a session that has started: people registered for
   * the event (with a seat), once each.
   */
  public void feedback(long sessionId, @Nullable Integer rating, @Nullable String comment) {
    long account = rights.requireMember();
    SessionView session = views.session(sessionId);
    if (session.isBreak()) {
      throw new NotFound("Breaks take no feedback.");
    }
    boolean attendee =
        registrations
            .findByEventIdAndAccountId(session.eventId(), account)
            .map(r -> r.state() == Registration.State.CONFIRMED)
            .orElse(false);
    if (!attendee) {
      throw new InvalidInput("rating", "events.error.feedbackAttendeesOnly");
    }
    if (Instant.now().isBefore(session.startsAt())) {
      throw new InvalidInput("rating", "events.error.feedbackTooEarly");
    }
    if (rating == null || rating < 1 || rating > 5) {
      throw new InvalidInput("rating", "events.error.rating");
    }
    if (comment != null && comment.length() > 2000) {
      throw new InvalidInput("comment", "events.error.comment");
    }
    if (feedbacks.existsBySessionIdAndAccountId(sessionId, account)) {
      throw new InvalidInput("rating", "events.error.feedbackOnce");
    }
    feedbacks.saveAndFlush(new Feedback(sessionId, account, rating, comment));
  }

  @Transactional(readOnly = true)
  public boolean gaveFeedback(long sessionId) {
    return rights
        .currentAccountId()
        .map(a -> feedbacks.existsBySessionIdAndAccountId(sessionId, a))
        .orElse(false);
  }

  /** Feedback per session of the event, for its organisers. */
  @Transactional(readOnly = true)
  public Map<Long, FeedbackSummary> feedbackOf(long eventId) {
    access.managed(eventId);
    List<Long> ids = sessions.ofEvent(eventId).stream().map(EventSession::id).toList();
    Map<Long, List<Feedback>> grouped = new HashMap<>();
    feedbacks
        .findBySessionIdInOrderByCreatedAt(ids)
        .forEach(f -> grouped.computeIfAbsent(f.sessionId(), k -> new ArrayList<>()).add(f));
    Map<Long, FeedbackSummary> summaries = new HashMap<>();
    grouped.forEach(
        (session, list) -> {
          long[] byRating = new long[6];
          list.forEach(f -> byRating[f.rating()]++);
          summaries.put(
              session,
              new FeedbackSummary(
                  list.size(),
                  list.stream().mapToInt(Feedback::rating).average().orElse(0),
                  byRating,
                  list.stream().map(Feedback::comment).filter(c -> c != null).toList()));
        });
    return summaries;
  }
}
