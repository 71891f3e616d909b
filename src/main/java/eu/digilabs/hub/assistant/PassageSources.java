package eu.digilabs.hub.assistant;

import static eu.digilabs.hub.assistant.PassageCutter.joined;
import static eu.digilabs.hub.assistant.PassageCutter.joinedWith;
import static eu.digilabs.hub.assistant.PassageCutter.markdownText;
import static eu.digilabs.hub.assistant.PassageCutter.sentence;

import eu.digilabs.hub.assistant.Passage.Source;
import eu.digilabs.hub.discussions.PublicPosts;
import eu.digilabs.hub.discussions.PublicPosts.PublicPost;
import eu.digilabs.hub.knowledge.ArticleService;
import eu.digilabs.hub.knowledge.ArticleSummary;
import eu.digilabs.hub.knowledge.ArticleView;
import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.knowledge.FailureReportView;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.labs.LabView;
import eu.digilabs.hub.projects.ProjectQueries;
import eu.digilabs.hub.projects.ProjectView;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceText;
import eu.digilabs.hub.taxonomy.ServiceView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads published content from the other modules, as a visitor sees it, and cuts it into passages.
 * Content is read in groups that change together ({@code project:12}, an event with its sessions
 * {@code event:3}, a solution with who uses it, a course with its lessons, the whole public-service
 * catalogue): a group is always replaced as a whole. Anything a visitor may not see (drafts,
 * members-only events, the authors of anonymous failure reports) is not read, so it can never be
 * quoted.
 */
@Component
class PassageSources {

  /** About this many words a passage: a few sentences, one vector's worth. */
  static final int PASSAGE_WORDS = 90;

  /** LeiKa service names quoted with each OZG service. */
  static final int LEIKA_NAMES = 12;

  static final String CATALOGUE = "catalogue";

  private final ProjectQueries projects;
  private final LabDirectory labs;
  private final ArticleService articles;
  private final FailureReportService failures;
  private final PublicPosts posts;
  private final KnowledgePassages knowledge;
  private final EventPassages events;
  private final SolutionPassages solutions;
  private final Catalogue catalogue;

  PassageSources(
      ProjectQueries projects,
      LabDirectory labs,
      ArticleService articles,
      FailureReportService failures,
      PublicPosts posts,
      KnowledgePassages knowledge,
      EventPassages events,
      SolutionPassages solutions,
      Catalogue catalogue) {
    this.projects = projects;
    this.labs = labs;
    this.articles = articles;
    this.failures = failures;
    this.posts = posts;
    this.knowledge = knowledge;
    this.events = events;
    this.solutions = solutions;
    this.catalogue = catalogue;
  }

  /** Every group there is published content for, for rebuilding all passages. */
  List<String> allGroups() {
    List<String> groups = new ArrayList<>();
    labs.all().forEach(lab -> groups.add("lab:" + lab.id()));
    projects.publishedIds().forEach(id -> groups.add("project:" + id));
    for (int page = 0; ; page++) {
      var found = articles.list(null, null, null, page, 100);
      found.getContent().stream()
          .map(ArticleSummary::id)
          .forEach(id -> groups.add("article:" + id));
      if (!found.hasNext()) {
        break;
      }
    }
    failures.allPublished().forEach(r -> groups.add("failure-report:" + r.id()));
    groups.addAll(knowledge.groups());
    events.ids().forEach(id -> groups.add("event:" + id));
    groups.addAll(solutions.groups());
    posts.ids().forEach(id -> groups.add("discussion:" + id));
    groups.add(CATALOGUE);
    return groups;
  }

  /** The passages of a group as a visitor may read them now; none when it is gone or hidden. */
  List<Passage> passages(String group) {
    int colon = group.indexOf(':');
    String kind = colon < 0 ? group : group.substring(0, colon);
    String key = colon < 0 ? "" : group.substring(colon + 1);
    List<Passage> out = new ArrayList<>();
    switch (kind) {
      case "project" ->
          visible(() -> projects.get(Long.parseLong(key))).ifPresent(p -> project(group, p, out));
      case "lab" -> visible(() -> labs.get(Long.parseLong(key))).ifPresent(l -> lab(group, l, out));
      case "article" ->
          visible(() -> articles.get(Long.parseLong(key)))
              .filter(a -> "published".equals(a.status()))
              .ifPresent(a -> article(group, a, out));
      case "failure-report" ->
          visible(() -> failures.get(Long.parseLong(key)))
              .filter(FailureReportView::published)
              .ifPresent(r -> failure(group, r, out));
      case "method" -> knowledge.method(group, key, out);
      case "course" -> knowledge.course(group, key, out);
      case "event" -> events.passages(group, key, out);
      case "solution" -> solutions.passages(group, key, out);
      case "discussion" ->
          visible(() -> posts.get(Long.parseLong(key)).orElse(null))
              .ifPresent(p -> discussion(group, p, out));
      case CATALOGUE -> catalogue.serviceTexts(LEIKA_NAMES).forEach(s -> service(group, s, out));
      default -> throw new IllegalArgumentException("No passages for " + group);
    }
    return out;
  }

  /** The content if a visitor may read it; empty for unknown or hidden items. */
  static <T> Optional<T> visible(Supplier<@Nullable T> read) {
    try {
      return Optional.ofNullable(read.get());
    } catch (NotFound | Forbidden hidden) {
      return Optional.empty();
    } catch (NumberFormatException unknown) {
      return Optional.empty();
    }
  }

  private static void project(String group, ProjectView p, List<Passage> out) {
    Source source =
        new Source(
            "project",
            p.id(),
            p.title(),
            "/projects/" + p.id(),
            p.contentLanguage(),
            p.country(),
            p.status(),
            p.phase(),
            p.policyAreas(),
            p.technologies(),
            p.leadLabId(),
            p.services().stream().map(ServiceView::id).toList());
    PassageCutter cut = new PassageCutter(group, source, out);
    cut.section(null, joined(p.summary(), Markdown.plain(p.description(), 20_000)));
    cut.section("Outcomes · Ergebnisse", Markdown.plain(p.outcomes(), 20_000));
    cut.section("What worked · Was funktionierte", p.lessonsWorked());
    cut.section("What did not work · Was nicht funktionierte", p.lessonsFailed());
    cut.section("What to do differently · Was anders zu machen ist", p.lessonsDifferently());
  }

  private static void lab(String group, LabView l, List<Passage> out) {
    Source source =
        new Source(
            "lab",
            l.id(),
            l.name(),
            "/labs/" + l.id(),
            null,
            l.country(),
            null,
            null,
            l.policyAreas(),
            List.of(),
            l.id(),
            List.of());
    String name = l.shortName() == null ? l.name() : l.name() + " (" + l.shortName() + ")";
    String where = joinedWith(", ", l.hostOrganisationName(), l.region());
    new PassageCutter(group, source, out)
        .section(
            null,
            joined(
                sentence(name + (where.isEmpty() ? "" : ", " + where)),
                Markdown.plain(l.description(), 20_000)));
  }

  private static void article(String group, ArticleView a, List<Passage> out) {
    Source source =
        new Source(
            "article",
            a.id(),
            a.title(),
            "/articles/" + a.id(),
            a.language(),
            null,
            null,
            a.phases().isEmpty() ? null : a.phases().get(0),
            a.policyAreas(),
            a.technologies(),
            a.labId(),
            a.serviceIds());
    PassageCutter cut = new PassageCutter(group, source, out);
    cut.section(null, a.summary());
    String heading = null;
    StringBuilder section = new StringBuilder();
    for (String line : (a.body() == null ? "" : a.body()).split("\n")) {
      if (line.matches("#{1,6}\\s.*")) {
        cut.section(heading, markdownText(section.toString()));
        section.setLength(0);
        heading = line.replaceFirst("#{1,6}\\s+", "").strip();
      } else {
        section.append(line).append('\n');
      }
    }
    cut.section(heading, markdownText(section.toString()));
  }

  /** A public discussion post, cited as "discussion" on its item. */
  private static void discussion(String group, PublicPost p, List<Passage> out) {
    Source source = Source.of("discussion", p.id(), p.itemTitle(), p.path(), null);
    new PassageCutter(group, source, out).section(null, p.text());
  }

  private static void failure(String group, FailureReportView r, List<Passage> out) {
    // Anonymous reports: the view already hides author, lab and project; the passage keeps no lab.
    Source source =
        new Source(
            "failure-report",
            r.id(),
            r.title(),
            "/failure-reports/" + r.id(),
            r.language(),
            null,
            null,
            r.phase(),
            List.of(),
            List.of(),
            r.anonymous() ? null : r.labId(),
            r.serviceId() == null ? List.of() : List.of(r.serviceId()));
    PassageCutter cut = new PassageCutter(group, source, out);
    cut.section("What was tried · Was versucht wurde", r.tried());
    cut.section("What went wrong · Was schiefging", r.wentWrong());
    cut.section("What to do differently · Was anders zu machen ist", r.differently());
    cut.section("Lessons · Lehren", r.lessons());
  }

  private static void service(String group, ServiceText s, List<Passage> out) {
    Source source =
        Source.of(
            "service",
            s.id(),
            s.name(),
            "/search?q="
                + URLEncoder.encode(s.key() == null ? s.name() : s.key(), StandardCharsets.UTF_8),
            "de");
    StringBuilder text = new StringBuilder();
    text.append(s.name());
    if (s.key() != null) {
      text.append(" (OZG-ID ").append(s.key()).append(")");
    }
    text.append(" ist eine OZG-Leistung");
    if (s.subject() != null) {
      text.append(" im Themenfeld ").append(s.subject());
    }
    if (s.situation() != null) {
      text.append(", Lebenslage ").append(s.situation());
    }
    text.append(". ");
    if (s.description() != null && !s.description().isBlank()) {
      text.append(sentence(s.description().strip())).append(' ');
    }
    if (!s.leikaServices().isEmpty()) {
      text.append("LeiKa-Leistungen: ").append(String.join("; ", s.leikaServices())).append('.');
    }
    new PassageCutter(group, source, out).section(null, text.toString());
  }
}
