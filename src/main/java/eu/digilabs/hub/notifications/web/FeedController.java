package eu.digilabs.hub.notifications.web;

import eu.digilabs.hub.notifications.Activities.ActivityView;
import eu.digilabs.hub.notifications.AtomWriter;
import eu.digilabs.hub.notifications.PublicFeeds;
import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.web.Ui;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public Atom feeds of new and changed items: everything ({@code /feeds/all.atom}), one type
 * ({@code /feeds/projects.atom}), a lab ({@code /feeds/labs/3.atom}), an OZG service ({@code
 * /feeds/services/87.atom}) and a topic ({@code /feeds/topics/technology/chatbot.atom}); the scoped
 * ones narrowed to types by {@code ?type=projects}. Titles in the request's language.
 */
@Controller
class FeedController {

  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

  /** The vocabularies whose terms have feeds, as their item keys name them. */
  private static final Set<String> VOCABULARIES = Set.of("technology", "policy-area", "country");

  /** The list page each type's feed belongs to. */
  private static final Map<String, String> PAGES =
      Map.of(
          "projects", "/projects",
          "solutions", "/solutions",
          "articles", "/articles",
          "events", "/events",
          "discussions", "/",
          "failure-reports", "/failure-reports");

  private final PublicFeeds feeds;
  private final String baseUrl;
  private final String host;

  FeedController(PublicFeeds feeds, HubProperties hub) {
    this.feeds = feeds;
    this.baseUrl = hub.baseUrl();
    String name = URI.create(hub.baseUrl()).getHost();
    this.host = name == null ? "localhost" : name;
  }

  @GetMapping("/feeds/all.atom")
  ResponseEntity<String> all(@ModelAttribute("ui") Ui ui) {
    return feed(ui, "/feeds/all.atom", "/", ui.t("feeds.all"), null, Set.of());
  }

  @GetMapping("/feeds/{segment}.atom")
  ResponseEntity<String> ofType(@PathVariable String segment, @ModelAttribute("ui") Ui ui) {
    String page = PAGES.get(segment);
    if (page == null) {
      throw new NotFound("No such feed.");
    }
    return feed(
        ui,
        "/feeds/" + segment + ".atom",
        page,
        ui.t("feeds.type." + segment),
        null,
        PublicFeeds.types(List.of(segment)));
  }

  @GetMapping("/feeds/labs/{id}.atom")
  ResponseEntity<String> ofLab(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable List<String> type,
      @ModelAttribute("ui") Ui ui) {
    return about(ui, ItemKeys.of("lab", id), "/feeds/labs/" + id + ".atom", type);
  }

  @GetMapping("/feeds/services/{id}.atom")
  ResponseEntity<String> ofService(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable List<String> type,
      @ModelAttribute("ui") Ui ui) {
    return about(ui, ItemKeys.of("service", id), "/feeds/services/" + id + ".atom", type);
  }

  @GetMapping("/feeds/topics/{vocabulary}/{code}.atom")
  ResponseEntity<String> ofTopic(
      @PathVariable String vocabulary,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable List<String> type,
      @ModelAttribute("ui") Ui ui) {
    if (!VOCABULARIES.contains(vocabulary)) {
      throw new NotFound("No such feed.");
    }
    return about(
        ui,
        ItemKeys.of(vocabulary, code),
        "/feeds/topics/" + vocabulary + "/" + code + ".atom",
        type);
  }

  private ResponseEntity<String> about(
      Ui ui, String key, String self, @Nullable List<String> segments) {
    ItemRef topic = feeds.topic(key);
    if (topic == null) {
      throw new NotFound("No such feed.");
    }
    Set<String> types = PublicFeeds.types(segments == null ? List.of() : segments);
    String query =
        segments == null || types.isEmpty()
            ? ""
            : "?"
                + String.join(
                    "&",
                    segments.stream()
                        .filter(s -> PublicFeeds.TYPES.containsKey(s))
                        .map(s -> "type=" + s)
                        .distinct()
                        .toList());
    return feed(ui, self + query, topic.path(), ui.t("feeds.about", topic.title()), key, types);
  }

  private ResponseEntity<String> feed(
      Ui ui, String self, String page, String name, @Nullable String topic, Set<String> types) {
    List<ActivityView> entries = feeds.latest(topic, types);
    Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.get(0).recordedAt();
    String xml =
        AtomWriter.write(
            new AtomWriter.Feed(
                baseUrl + self,
                ui.t("feeds.title", ui.site().name(), name),
                baseUrl + self,
                baseUrl + page,
                ui.site().name(),
                ui.lang(),
                updated,
                entries.stream().map(a -> entry(ui, a)).toList()));
    return ResponseEntity.ok()
        .contentType(ATOM)
        .cacheControl(CacheControl.noCache())
        .eTag(etag(xml))
        .lastModified(updated)
        .body(xml);
  }

  private AtomWriter.Entry entry(Ui ui, ActivityView a) {
    String type = ui.t("items.type." + a.type());
    return new AtomWriter.Entry(
        "tag:" + host + ",2026:activity:" + a.id(),
        a.title(),
        baseUrl + a.path(),
        a.recordedAt(),
        a.type(),
        type,
        ui.t("feeds.entry", type, ui.t("notifications.kind." + a.kind().toLowerCase())));
  }

  /** The same document, the same tag: readers that poll get a 304 until something changes. */
  private static String etag(String xml) {
    CRC32 crc = new CRC32();
    crc.update(xml.getBytes(StandardCharsets.UTF_8));
    return "\"" + HexFormat.of().toHexDigits(crc.getValue()) + "\"";
  }
}
