package eu.digilabs.hub.projects;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabActivity;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.taxonomy.Catalogue;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project library: listing, reading, writing and publishing projects and cases. Commands are
 * checked by {@link ProjectCheck}, views built by {@link ProjectViews}, list filters by {@link
 * ProjectSpecifications}, every change recorded in {@link ProjectHistory}.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService implements ProjectQueries {

  private final Projects projects;
  private final ProjectHistory history;
  private final ProjectCheck check;
  private final ProjectViews views;
  private final Catalogue catalogue;
  private final Rights rights;
  private final ApplicationEventPublisher events;
  private final PartnerLinks partners;

  ProjectService(
      Projects projects,
      ProjectHistory history,
      ProjectCheck check,
      ProjectViews views,
      Catalogue catalogue,
      Rights rights,
      ApplicationEventPublisher events,
      PartnerLinks partners) {
    this.projects = projects;
    this.history = history;
    this.check = check;
    this.views = views;
    this.catalogue = catalogue;
    this.rights = rights;
    this.events = events;
    this.partners = partners;
  }

  @Override
  public Page<ProjectSummary> list(ProjectFilter filter, int page, int size) {
    Pageable pageable =
        PageRequest.of(
            Math.max(page, 0),
            Math.max(1, Math.min(size, 100)),
            ProjectSpecifications.sort(filter.sort()));
    Long subject = filter.subject();
    Set<Long> subjectServices = subject == null ? null : catalogue.within(subject);
    Page<Project> found =
        projects.findAll(ProjectSpecifications.published(filter, subjectServices), pageable);
    return views.summaries(found);
  }

  @Override
  public List<ProjectSummary> forLab(long labId) {
    boolean editor = rights.editorOf(labId);
    return views.summaries(
        projects.forLab(labId).stream().filter(p -> p.published() || editor).toList());
  }

  @Override
  public List<Long> publishedIds() {
    return projects.publishedIds();
  }

  @Override
  public Map<Long, String> publishedTitles(Collection<Long> ids) {
    Map<Long, String> titles = new LinkedHashMap<>();
    projects.findAllById(ids).stream()
        .filter(Project::published)
        .forEach(p -> titles.put(p.id(), p.title()));
    return titles;
  }

  @Override
  public ProjectView get(long id) {
    return views.view(visible(id));
  }

  public boolean mayEdit(ProjectView project) {
    Long lead = project.leadLabId();
    return lead == null ? rights.admin() : rights.editorOf(lead);
  }

  public List<ChangeView> history(long id) {
    visible(id);
    return history.of(id);
  }

  @Override
  public Map<String, Long> publishedByCountry() {
    Map<String, Long> counts = new HashMap<>();
    projects.countPublishedByCountry().forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }

  @Override
  public long publishedCount() {
    return projects.countByPublication(Project.Publication.PUBLISHED);
  }

  /** Creates a draft; only editors of the lead lab (and admins). */
  @Transactional
  public ProjectView create(ProjectCommand command) {
    Long lead = command.leadLabId();
    if (lead == null) {
      rights.requireMember();
      if (!rights.admin()) {
        throw new InvalidInput("leadLabId", "NotNull");
      }
    } else {
      rights.requireEditorOf(lead);
    }
    check.check(command);
    Project project = projects.save(new Project(command, rights.currentAccountId().orElse(null)));
    partners.hold(project, Set.of());
    history.record(project, "created", List.of());
    activity(project);
    return views.view(project);
  }

  /** Changes a project from the version the editor saw; a stale version is a conflict. */
  @Transactional
  public ProjectView update(long id, long version, ProjectCommand command) {
    Project project = projects.findById(id).orElseThrow(() -> new NotFound("Project " + id));
    requireEditor(project);
    Long lead = command.leadLabId();
    if (lead != null && !Objects.equals(lead, project.leadLabId())) {
      rights.requireEditorOf(lead);
    }
    if (lead == null && project.leadLabId() != null && !rights.admin()) {
      throw new InvalidInput("leadLabId", "NotNull");
    }
    if (project.version() != version) {
      throw new Conflict("The project was changed by someone else since version " + version + ".");
    }
    check.check(command);
    Set<Long> before = Set.copyOf(project.partnerLabIds());
    List<String> changed = project.apply(command);
    partners.hold(project, before);
    if (!changed.isEmpty()) {
      projects.flush();
      history.record(project, "updated", changed);
      activity(project);
      if (project.published()) {
        events.publishEvent(new PublishedProjectChanged(project.id()));
      }
    }
    return views.view(project);
  }

  @Transactional
  public ProjectView publish(long id) {
    Project project = projects.findById(id).orElseThrow(() -> new NotFound("Project " + id));
    requireEditor(project);
    if (project.publish()) {
      projects.flush();
      history.record(project, "published", List.of());
      activity(project);
      events.publishEvent(new ProjectPublished(project.id()));
    }
    return views.view(project);
  }

  @Transactional
  public ProjectView unpublish(long id) {
    Project project = projects.findById(id).orElseThrow(() -> new NotFound("Project " + id));
    requireEditor(project);
    if (project.unpublish()) {
      projects.flush();
      history.record(project, "unpublished", List.of());
      events.publishEvent(new ProjectWithdrawn(project.id()));
    }
    return views.view(project);
  }

  @Transactional
  public void delete(long id) {
    Project project = projects.findById(id).orElseThrow(() -> new NotFound("Project " + id));
    requireEditor(project);
    projects.delete(project);
    events.publishEvent(new ProjectWithdrawn(id));
  }

  /** Records that an import from the named dataset created or changed the project. */
  public void recordImport(Project project, List<String> fields, String dataset) {
    history.imported(project, fields, dataset);
  }

  private void requireEditor(Project project) {
    Long lead = project.leadLabId();
    if (lead == null) {
      rights.requireAdmin();
    } else {
      rights.requireEditorOf(lead);
    }
  }

  private Project visible(long id) {
    Project project = projects.findById(id).orElseThrow(() -> new NotFound("Project " + id));
    if (!project.published()) {
      Long lead = project.leadLabId();
      boolean editor = lead == null ? rights.admin() : rights.editorOf(lead);
      if (!editor) {
        throw new NotFound("Project " + id);
      }
    }
    return project;
  }

  private void activity(Project project) {
    Instant now = Instant.now();
    project.labIds().forEach(lab -> events.publishEvent(new LabActivity(lab, now)));
  }
}
