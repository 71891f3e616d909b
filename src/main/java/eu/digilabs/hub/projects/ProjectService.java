package eu.digilabs.hub.projects;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabActivity;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.shared.text.QueryText;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import jakarta.persistence.criteria.JoinType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The project library: listing, reading, writing and publishing projects and cases. */
@Service
@Transactional(readOnly = true)
public class ProjectService {

  private final Projects projects;
  private final ProjectChanges changes;
  private final LabService labs;
  private final Catalogue catalogue;
  private final Taxonomy taxonomy;
  private final Rights rights;
  private final ApplicationEventPublisher events;
  private final PartnerLinks partners;

  ProjectService(
      Projects projects,
      ProjectChanges changes,
      LabService labs,
      Catalogue catalogue,
      Taxonomy taxonomy,
      Rights rights,
      ApplicationEventPublisher events,
      PartnerLinks partners) {
    this.partners = partners;
    this.projects = projects;
    this.changes = changes;
    this.labs = labs;
    this.catalogue = catalogue;
    this.taxonomy = taxonomy;
    this.rights = rights;
    this.events = events;
  }

  /** Published projects matching the filter; sorted as it asks. */
  public Page<ProjectSummary> list(ProjectFilter filter, int page, int size) {
    Pageable pageable =
        PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, 100)), sort(filter.sort()));
    Set<Long> subjectServices =
        filter.subject() == null ? null : catalogue.within(filter.subject());
    Page<Project> found = projects.findAll(specification(filter, subjectServices, true), pageable);
    Map<Long, String> labNames =
        labs.names(
            found.getContent().stream()
                .map(Project::leadLabId)
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
    return found.map(p -> summary(p, labNames));
  }

  /** A lab's projects (lead or partner); drafts only for its editors. */
  public List<ProjectSummary> forLab(long labId) {
    boolean editor = rights.editorOf(labId);
    List<Project> found =
        projects.forLab(labId).stream().filter(p -> p.published() || editor).toList();
    Map<Long, String> labNames =
        labs.names(
            found.stream()
                .map(Project::leadLabId)
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
    return found.stream().map(p -> summary(p, labNames)).toList();
  }

  /** The ids of every published project, in id order (for rebuilding what follows them). */
  public List<Long> publishedIds() {
    return projects.publishedIds();
  }

  /** Titles of the published projects among the ids (others left out), for links elsewhere. */
  public Map<Long, String> publishedTitles(Collection<Long> ids) {
    Map<Long, String> titles = new LinkedHashMap<>();
    projects.findAllById(ids).stream()
        .filter(Project::published)
        .forEach(p -> titles.put(p.id(), p.title()));
    return titles;
  }

  /** The project, if published or the viewer may edit it; otherwise 404. */
  public ProjectView get(long id) {
    Project project = visible(id);
    return view(project);
  }

  public boolean mayEdit(ProjectView project) {
    return project.leadLabId() == null ? rights.admin() : rights.editorOf(project.leadLabId());
  }

  public List<ChangeView> history(long id) {
    visible(id);
    return changes.findByProjectIdOrderByChangedAtDescIdDesc(id).stream()
        .map(ProjectChange::view)
        .toList();
  }

  /** Published projects per country code. */
  public Map<String, Long> publishedByCountry() {
    Map<String, Long> counts = new HashMap<>();
    projects.countPublishedByCountry().forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }

  public long publishedCount() {
    return projects.countByPublication(Project.Publication.PUBLISHED);
  }

  /** Creates a draft; only editors of the lead lab (and admins). */
  @Transactional
  public ProjectView create(ProjectCommand command) {
    if (command.leadLabId() == null) {
      rights.requireMember();
      if (!rights.admin()) {
        throw new InvalidInput("leadLabId", "NotNull");
      }
    } else {
      rights.requireEditorOf(command.leadLabId());
    }
    check(command);
    Project project = projects.save(new Project(command, rights.currentAccountId().orElse(null)));
    partners.hold(project, Set.of());
    record(project, "created", List.of());
    activity(project);
    return view(project);
  }

  /** Changes a project from the version the editor saw; a stale version is a conflict. */
  @Transactional
  public ProjectView update(long id, long version, ProjectCommand command) {
    Project project = projects.findById(id).orElseThrow(() -> new NotFound("Project " + id));
    requireEditor(project);
    if (command.leadLabId() != null && !Objects.equals(command.leadLabId(), project.leadLabId())) {
      rights.requireEditorOf(command.leadLabId());
    }
    if (command.leadLabId() == null && project.leadLabId() != null && !rights.admin()) {
      throw new InvalidInput("leadLabId", "NotNull");
    }
    if (project.version() != version) {
      throw new Conflict("The project was changed by someone else since version " + version + ".");
    }
    check(command);
    Set<Long> before = Set.copyOf(project.partnerLabIds());
    List<String> changed = project.apply(command);
    partners.hold(project, before);
    if (!changed.isEmpty()) {
      projects.flush();
      record(project, "updated", changed);
      activity(project);
      if (project.published()) {
        events.publishEvent(new PublishedProjectChanged(project.id()));
      }
    }
    return view(project);
  }

  @Transactional
  public ProjectView publish(long id) {
    Project project = projects.findById(id).orElseThrow(() -> new NotFound("Project " + id));
    requireEditor(project);
    if (project.publish()) {
      projects.flush();
      record(project, "published", List.of());
      activity(project);
      events.publishEvent(new ProjectPublished(project.id()));
    }
    return view(project);
  }

  @Transactional
  public ProjectView unpublish(long id) {
    Project project = projects.findById(id).orElseThrow(() -> new NotFound("Project " + id));
    requireEditor(project);
    if (project.unpublish()) {
      projects.flush();
      record(project, "unpublished", List.of());
      events.publishEvent(new ProjectWithdrawn(project.id()));
    }
    return view(project);
  }

  @Transactional
  public void delete(long id) {
    Project project = projects.findById(id).orElseThrow(() -> new NotFound("Project " + id));
    requireEditor(project);
    projects.delete(project);
    events.publishEvent(new ProjectWithdrawn(id));
  }

  private void requireEditor(Project project) {
    if (project.leadLabId() == null) {
      rights.requireAdmin();
    } else {
      rights.requireEditorOf(project.leadLabId());
    }
  }

  private Project visible(long id) {
    Project project = projects.findById(id).orElseThrow(() -> new NotFound("Project " + id));
    if (!project.published()) {
      boolean editor =
          project.leadLabId() == null ? rights.admin() : rights.editorOf(project.leadLabId());
      if (!editor) {
        throw new NotFound("Project " + id);
      }
    }
    return project;
  }

  private void record(Project project, String action, List<String> fields) {
    String author = rights.currentName();
    changes.save(
        new ProjectChange(
            project.id(),
            rights.currentAccountId().orElse(null),
            author.isEmpty() ? "system" : author,
            action,
            fields));
  }

  public void recordImport(Project project, List<String> fields, String dataset) {
    changes.save(new ProjectChange(project.id(), null, dataset, "imported", fields));
  }

  private void activity(Project project) {
    Instant now = Instant.now();
    project.labIds().forEach(lab -> events.publishEvent(new LabActivity(lab, now)));
  }

  void check(ProjectCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    if (c.leadLabId() != null && !labs.exists(c.leadLabId())) {
      problems.add(new FieldProblem("leadLabId", "validation.unknownId", c.leadLabId()));
    }
    for (Long lab : c.partnerLabIds()) {
      if (!labs.exists(lab)) {
        problems.add(new FieldProblem("partnerLabIds", "validation.unknownId", lab));
      }
    }
    for (Long org : c.partnerOrganisationIds()) {
      if (!labs.organisationExists(org)) {
        problems.add(new FieldProblem("partnerOrganisationIds", "validation.unknownId", org));
      }
    }
    single(Vocabulary.COUNTRY, "country", c.country(), problems);
    single(Vocabulary.LEVEL, "level", c.level(), problems);
    single(Vocabulary.PHASE, "phase", c.phase(), problems);
    single(Vocabulary.STATUS, "status", c.status(), problems);
    single(Vocabulary.LANGUAGE, "contentLanguage", c.contentLanguage(), problems);
    taxonomy.check(Vocabulary.POLICY_AREA, "policyAreas", c.policyAreas(), problems);
    taxonomy.check(Vocabulary.TECHNOLOGY, "technologies", c.technologies(), problems);
    taxonomy.check(Vocabulary.STAKEHOLDER, "stakeholders", c.stakeholders(), problems);
    taxonomy.check(Vocabulary.DISCIPLINE, "disciplines", c.disciplines(), problems);
    for (Long unknown : catalogue.unknown(c.serviceIds())) {
      problems.add(new FieldProblem("serviceIds", "validation.unknownId", unknown));
    }
    if (c.startDate() != null && c.goLiveDate() != null && c.goLiveDate().isBefore(c.startDate())) {
      problems.add(new FieldProblem("goLiveDate", "projects.goLiveBeforeStart"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private void single(
      Vocabulary vocabulary, String field, String code, List<FieldProblem> problems) {
    if (code != null && !code.isBlank()) {
      taxonomy.check(vocabulary, field, List.of(code), problems);
    }
  }

  private static ProjectSummary summary(Project p, Map<Long, String> labNames) {
    return new ProjectSummary(
        p.id(),
        p.title(),
        p.summary(),
        p.country(),
        p.level(),
        p.status(),
        p.phase(),
        p.leadLabId(),
        labNames.get(p.leadLabId()),
        List.copyOf(p.technologies()),
        List.copyOf(p.policyAreas()),
        p.startDate(),
        p.sourceName(),
        p.published(),
        p.demo(),
        p.updatedAt());
  }

  private ProjectView view(Project p) {
    Set<Long> labIds = new HashSet<>(p.partnerLabIds());
    if (p.leadLabId() != null) {
      labIds.add(p.leadLabId());
    }
    Map<Long, String> labNames = labs.names(labIds);
    Map<Long, String> orgNames = labs.organisationNames(p.partnerOrganisationIds());
    List<ServiceView> services = catalogue.find(p.serviceIds());
    return new ProjectView(
        p.id(),
        p.title(),
        p.summary(),
        p.description(),
        p.leadLabId(),
        labNames.get(p.leadLabId()),
        ordered(p.partnerLabIds(), labNames),
        ordered(p.partnerOrganisationIds(), orgNames),
        p.country(),
        p.level(),
        List.copyOf(p.policyAreas()),
        services,
        List.copyOf(p.technologies()),
        p.phase(),
        p.status(),
        p.startDate(),
        p.goLiveDate(),
        p.outcomes(),
        p.figures().stream()
            .map(f -> new ProjectCommand.Figure(f.label(), f.amount(), f.unit()))
            .toList(),
        p.lessonsWorked(),
        p.lessonsFailed(),
        p.lessonsDifferently(),
        List.copyOf(p.stakeholders()),
        List.copyOf(p.disciplines()),
        p.reusable(),
        p.reuseUrl(),
        p.reuseLicence(),
        p.links().stream().map(l -> new ProjectCommand.Link(l.label(), l.url())).toList(),
        p.contentLanguage(),
        p.sourceName(),
        p.sourceUrl(),
        p.sourceKey(),
        p.caseUrl(),
        Map.copyOf(p.sourceValues()),
        p.published(),
        p.demo(),
        p.createdAt(),
        p.updatedAt(),
        p.publishedAt(),
        p.version());
  }

  private static Map<Long, String> ordered(Collection<Long> ids, Map<Long, String> names) {
    Map<Long, String> result = new LinkedHashMap<>();
    ids.forEach(id -> result.put(id, names.getOrDefault(id, "#" + id)));
    return result;
  }

  private static Sort sort(String sort) {
    if ("title".equals(sort)) {
      return Sort.by("title").and(Sort.by("id"));
    }
    if ("start".equals(sort)) {
      return Sort.by(Sort.Order.desc("startDate").nullsLast())
          .and(Sort.by(Sort.Direction.DESC, "id"));
    }
    return Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by(Sort.Direction.DESC, "id"));
  }

  private static Specification<Project> specification(
      ProjectFilter f, Set<Long> subjectServices, boolean publishedOnly) {
    List<Specification<Project>> parts = new ArrayList<>();
    if (publishedOnly) {
      parts.add(
          (root, query, cb) -> cb.equal(root.get("publication"), Project.Publication.PUBLISHED));
    }
    if (QueryText.present(f.q())) {
      String pattern = QueryText.contains(f.q());
      parts.add(
          (root, query, cb) ->
              cb.or(
                  cb.like(cb.lower(root.get("title")), pattern, QueryText.ESCAPE),
                  cb.like(cb.lower(root.get("summary")), pattern, QueryText.ESCAPE)));
    }
    equal(parts, "country", f.country());
    equal(parts, "level", f.level());
    equal(parts, "phase", f.phase());
    equal(parts, "status", f.status());
    equal(parts, "contentLanguage", f.language());
    equal(parts, "sourceName", f.source());
    member(parts, "policyAreas", f.policyArea());
    member(parts, "technologies", f.technology());
    if (f.service() != null) {
      member(parts, "serviceIds", f.service());
    }
    if (subjectServices != null) {
      parts.add(
          (root, query, cb) -> {
            var sub = query.subquery(Long.class);
            var inner = sub.from(Project.class);
            sub.select(inner.get("id"))
                .where(inner.join("serviceIds", JoinType.INNER).in(subjectServices));
            return root.get("id").in(sub);
          });
    }
    if (f.reusable() != null) {
      parts.add((root, query, cb) -> cb.equal(root.get("reusable"), f.reusable()));
    }
    if (f.lab() != null) {
      parts.add(
          (root, query, cb) -> {
            var sub = query.subquery(Long.class);
            var partner = sub.from(Project.class);
            sub.select(partner.get("id")).where(cb.equal(partner.join("partnerLabIds"), f.lab()));
            return cb.or(cb.equal(root.get("leadLabId"), f.lab()), root.get("id").in(sub));
          });
    }
    return Specification.allOf(parts);
  }

  private static void equal(List<Specification<Project>> parts, String attribute, String value) {
    if (present(value)) {
      parts.add((root, query, cb) -> cb.equal(root.get(attribute), value.strip()));
    }
  }

  private static void member(List<Specification<Project>> parts, String collection, Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      parts.add(
          (root, query, cb) -> {
            var sub = query.subquery(Long.class);
            var inner = sub.from(Project.class);
            sub.select(inner.get("id"))
                .where(cb.equal(inner.join(collection, JoinType.INNER), value));
            return root.get("id").in(sub);
          });
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
