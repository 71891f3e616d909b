package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open error culture: failure reports written by members, published by their authors, and
 * moderated by admins. Anonymity is applied here, once, for every surface: pages, API, exports and
 * feeds get {@link FailureReportView}s that carry no author, lab or project of an anonymous report
 * unless the reader is its author or an admin; the search index never holds them.
 */
@Service
@Transactional(readOnly = true)
public class FailureReportService {

  /** Root causes, in the order forms and charts show them. */
  public static final List<String> CAUSES =
      List.of(
          "procurement",
          "data-protection",
          "user-research",
          "stakeholder-resistance",
          "technology",
          "funding",
          "skills",
          "legal-basis",
          "other");

  private final FailureReports reports;
  private final Rights rights;
  private final AccountService accounts;
  private final Taxonomy taxonomy;
  private final ApplicationEventPublisher events;
  private final FailureLinks links;
  private final FailureReportReferences references;

  FailureReportService(
      FailureReports reports,
      Rights rights,
      AccountService accounts,
      Taxonomy taxonomy,
      ApplicationEventPublisher events,
      FailureLinks links,
      FailureReportReferences references) {
    this.reports = reports;
    this.rights = rights;
    this.accounts = accounts;
    this.taxonomy = taxonomy;
    this.events = events;
    this.links = links;
    this.references = references;
  }

  /**
   * How many published reports name each cause and each phase, and each cause in each phase ({@code
   * ""}: reports that name no phase); every known cause and phase present.
   */
  public record Lessons(
      Map<String, Long> byCause,
      Map<String, Long> byPhase,
      Map<String, Map<String, Long>> byCauseAndPhase,
      long total) {}

  public Page<FailureReportView> list(
      @Nullable String cause, @Nullable String phase, int page, int size) {
    Specification<FailureReport> spec = (root, query, cb) -> cb.isTrue(root.get("published"));
    if (cause != null && !cause.isBlank()) {
      spec =
          spec.and(
              (root, query, cb) -> {
                query.distinct(true);
                return cb.equal(root.join("causes"), cause);
              });
    }
    if (phase != null && !phase.isBlank()) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("phase"), phase));
    }
    Page<FailureReport> found =
        reports.findAll(
            spec,
            PageRequest.of(
                Math.max(0, page),
                Math.max(1, Math.min(size, 100)),
                Sort.by(Sort.Direction.DESC, "updatedAt")));
    Map<Long, String> names = authorNames(found.getContent());
    return found.map(r -> view(r, names));
  }

  /** Every published report, newest first, for exports and feeds (anonymity applied). */
  public List<FailureReportView> allPublished() {
    List<FailureReport> all = reports.findByPublishedTrueOrderByUpdatedAtDesc();
    Map<Long, String> names = authorNames(all);
    return all.stream().map(r -> view(r, names)).toList();
  }

  /** The signed-in member's unpublished reports. */
  public List<FailureReportView> myDrafts() {
    return rights
        .currentAccountId()
        .map(
            a -> {
              List<FailureReport> mine =
                  reports.findByAuthorIdAndPublishedFalseOrderByUpdatedAtDesc(a);
              Map<Long, String> names = authorNames(mine);
              return mine.stream().map(r -> view(r, names)).toList();
            })
        .orElse(List.of());
  }

  public FailureReportView get(long id) {
    FailureReport report = visible(id);
    return view(report, authorNames(List.of(report)));
  }

  /** Published reports naming the project, for its page: anonymous ones are never listed. */
  public List<FailureReportView> ofProject(long projectId) {
    List<FailureReport> found =
        reports.findByProjectIdAndPublishedTrueAndAnonymousFalseOrderByUpdatedAtDesc(projectId);
    Map<Long, String> names = authorNames(found);
    return found.stream().map(r -> view(r, names)).toList();
  }

  public Lessons lessons() {
    List<String> phases = new ArrayList<>();
    taxonomy.terms(Vocabulary.PHASE).forEach(t -> phases.add(t.code()));
    phases.add("");
    Map<String, Long> byCause = new LinkedHashMap<>();
    Map<String, Map<String, Long>> byCauseAndPhase = new LinkedHashMap<>();
    for (String cause : CAUSES) {
      byCause.put(cause, 0L);
      Map<String, Long> row = new LinkedHashMap<>();
      phases.forEach(phase -> row.put(phase, 0L));
      byCauseAndPhase.put(cause, row);
    }
    Map<String, Long> byPhase = new LinkedHashMap<>();
    phases.stream().filter(p -> !p.isEmpty()).forEach(phase -> byPhase.put(phase, 0L));
    for (Object[] row : reports.countCausesByPhase()) {
      String cause = (String) row[0];
      String phase = row[1] == null ? "" : (String) row[1];
      long count = ((Number) row[2]).longValue();
      byCause.merge(cause, count, Long::sum);
      byCauseAndPhase
          .computeIfAbsent(cause, c -> new LinkedHashMap<>())
          .merge(phase, count, Long::sum);
    }
    for (Object[] row : reports.countByPhase()) {
      byPhase.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum);
    }
    return new Lessons(byCause, byPhase, byCauseAndPhase, reports.countByPublishedTrue());
  }

  public boolean mayEdit(long id) {
    return reports.findById(id).map(this::mayEdit).orElse(false);
  }

  public Map<Long, String> labName(FailureReportView report) {
    return references.labName(report);
  }

  public Map<Long, String> projectTitle(FailureReportView report) {
    return references.projectTitle(report);
  }

  public @Nullable String serviceName(FailureReportView report) {
    return references.serviceName(report);
  }

  // --- writing ---------------------------------------------------------------------------------

  @Transactional
  public FailureReportView create(FailureReportCommand command) {
    long account = rights.requireMember();
    references.check(command, account);
    FailureReport report = reports.save(new FailureReport(command, account));
    links.hold(report, null);
    changed(report.id());
    return view(report, authorNames(List.of(report)));
  }

  @Transactional
  public FailureReportView update(long id, long version, FailureReportCommand command) {
    FailureReport report = editable(id);
    if (report.version() != version) {
      throw new Conflict("The report was changed by someone else since version " + version + ".");
    }
    references.check(command, report.authorId());
    Long projectBefore = report.projectId();
    report.apply(command);
    links.hold(report, projectBefore);
    reports.flush();
    changed(id);
    return view(report, authorNames(List.of(report)));
  }

  /** Publishes (its author or an admin) or takes back (also admins, for moderation). */
  @Transactional
  public FailureReportView publish(long id, boolean published) {
    FailureReport report = editable(id);
    report.publish(published);
    reports.flush();
    changed(id);
    return view(report, authorNames(List.of(report)));
  }

  @Transactional
  public void delete(long id) {
    reports.delete(editable(id));
    changed(id);
  }

  private void changed(long id) {
    events.publishEvent(new FailureReportChanged(id));
  }

  private FailureReport visible(long id) {
    FailureReport report =
        reports.findById(id).orElseThrow(() -> new NotFound("No failure report " + id + "."));
    if (!report.published() && !mayEdit(report)) {
      throw new NotFound("No failure report " + id + ".");
    }
    return report;
  }

  private FailureReport editable(long id) {
    FailureReport report = visible(id);
    rights.requireMember();
    if (!mayEdit(report)) {
      throw new Forbidden("not the author of failure report " + id);
    }
    return report;
  }

  /** Its author and admins (who moderate and may see who wrote an anonymous report). */
  private boolean mayEdit(FailureReport report) {
    return rights.admin()
        || (report.authorId() != null
            && rights.currentAccountId().map(report.authorId()::equals).orElse(false));
  }

  private FailureReportView view(FailureReport report, Map<Long, String> names) {
    return FailureReportView.of(report, mayEdit(report), names.get(report.authorId()));
  }

  private Map<Long, String> authorNames(List<FailureReport> list) {
    return accounts.names(
        list.stream().map(FailureReport::authorId).filter(Objects::nonNull).distinct().toList());
  }
}
