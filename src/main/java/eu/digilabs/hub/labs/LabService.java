package eu.digilabs.hub.labs;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.files.Uploads;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.shared.text.QueryText;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import jakarta.persistence.criteria.JoinType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lab directory and the organisations behind the labs. */
@Service
@Transactional(readOnly = true)
public class LabService {

  /** Largest logo accepted. */
  public static final int MAX_LOGO_BYTES = 2 * 1024 * 1024;

  private final Labs labs;
  private final Organisations organisations;
  private final Taxonomy taxonomy;
  private final Rights rights;
  private final AccountService accounts;
  private final Uploads uploads;
  private final org.springframework.context.ApplicationEventPublisher events;

  LabService(
      Labs labs,
      Organisations organisations,
      Taxonomy taxonomy,
      Rights rights,
      AccountService accounts,
      Uploads uploads,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.labs = labs;
    this.organisations = organisations;
    this.taxonomy = taxonomy;
    this.rights = rights;
    this.accounts = accounts;
    this.uploads = uploads;
  }

  // --- labs ------------------------------------------------------------------------------------

  public Page<LabView> list(LabFilter filter, Pageable page) {
    Page<Lab> found = labs.findAll(specification(filter), page);
    return found.map(views(found.getContent())::get);
  }

  public LabView get(long id) {
    Lab lab = labs.findById(id).orElseThrow(() -> new NotFound("Lab " + id));
    return views(List.of(lab)).get(lab);
  }

  public Optional<LabView> find(long id) {
    return labs.findById(id).map(lab -> views(List.of(lab)).get(lab));
  }

  public boolean exists(Long id) {
    return id != null && labs.existsById(id);
  }

  /** All labs by name, for pickers. */
  public List<LabView> all() {
    List<Lab> all = labs.findAllByOrderByName();
    Map<Lab, LabView> views = views(all);
    return all.stream().map(views::get).toList();
  }

  /** Lab names by id. */
  public Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      labs.findAllById(ids).forEach(l -> names.put(l.id(), l.name()));
    }
    return names;
  }

  /** Number of active labs per country code. */
  public Map<String, Long> activeLabsByCountry() {
    Map<String, Long> counts = new HashMap<>();
    labs.countActiveByCountry().forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }

  /** Creates a lab; any member may, and becomes its first editor. */
  @Transactional
  public LabView create(LabCommand command) {
    return create(command, null);
  }

  /** Creates a lab with its logo (or none) in one transaction. */
  @Transactional
  public LabView create(LabCommand command, byte[] logo) {
    long creator = rights.requireMember();
    check(command);
    String type = logo == null ? null : checkLogo(logo);
    Lab lab = labs.save(new Lab(command));
    if (logo != null) {
      storeLogo(lab, logo, type);
    }
    accounts.addFirstEditor(lab.id(), creator);
    events.publishEvent(new LabChanged(lab.id()));
    return get(lab.id());
  }

  /** Changes a lab; only its editors and admins, and only from the current version. */
  @Transactional
  public LabView update(long id, long version, LabCommand command) {
    return update(id, version, command, null);
  }

  /** Changes a lab and, if one is given, its logo, in one transaction. */
  @Transactional
  public LabView update(long id, long version, LabCommand command, byte[] logo) {
    Lab lab = labs.findById(id).orElseThrow(() -> new NotFound("Lab " + id));
    rights.requireEditorOf(id);
    if (lab.version() != version) {
      throw new Conflict("The lab was changed by someone else since version " + version + ".");
    }
    check(command);
    String type = logo == null ? null : checkLogo(logo);
    lab.apply(command);
    if (logo != null) {
      storeLogo(lab, logo, type);
    }
    labs.flush();
    events.publishEvent(new LabChanged(id));
    return get(id);
  }

  /** Archives a lab: it stays readable, marked inactive. */
  @Transactional
  public LabView archive(long id) {
    Lab lab = labs.findById(id).orElseThrow(() -> new NotFound("Lab " + id));
    rights.requireEditorOf(id);
    lab.archive();
    labs.flush();
    events.publishEvent(new LabChanged(id));
    return get(id);
  }

  /** Replaces the logo with a PNG or JPEG image of at most 2 MB. */
  @Transactional
  public LabView logo(long id, byte[] image) {
    Lab lab = labs.findById(id).orElseThrow(() -> new NotFound("Lab " + id));
    rights.requireEditorOf(id);
    storeLogo(lab, image, checkLogo(image));
    return get(id);
  }

  private void storeLogo(Lab lab, byte[] image, String type) {
    lab.logo(uploads.store(image, "png".equals(type) ? "png" : "jpg"), "image/" + type);
  }

  /** The stored logo file and its media type. */
  public Optional<Map.Entry<java.nio.file.Path, String>> logoFile(long id) {
    return labs.findById(id)
        .flatMap(lab -> uploads.find(lab.logoFile()).map(path -> Map.entry(path, lab.logoType())));
  }

  /** The image type of a logo, or an {@link InvalidInput} on the {@code logo} field. */
  public static String checkLogo(byte[] image) {
    if (image.length > MAX_LOGO_BYTES) {
      throw new InvalidInput("logo", "labs.logoTooLarge", MAX_LOGO_BYTES / 1024 / 1024);
    }
    return Uploads.imageType(image)
        .orElseThrow(() -> new InvalidInput("logo", "labs.logoNotImage"));
  }

  @ApplicationModuleListener
  void on(LabActivity activity) {
    labs.findById(activity.labId()).ifPresent(lab -> lab.activity(activity.at()));
  }

  private void check(LabCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!taxonomy.exists(Vocabulary.COUNTRY, command.country())) {
      problems.add(new FieldProblem("country", "validation.unknownTerm", command.country()));
    }
    if (command.level() != null && !command.level().isBlank()) {
      taxonomy.check(Vocabulary.LEVEL, "level", List.of(command.level()), problems);
    }
    taxonomy.check(Vocabulary.POLICY_AREA, "policyAreas", command.policyAreas(), problems);
    taxonomy.check(Vocabulary.METHOD, "methods", command.methods(), problems);
    taxonomy.check(Vocabulary.LANGUAGE, "languages", command.languages(), problems);
    if (command.hostOrganisationId() != null
        && !organisations.existsById(command.hostOrganisationId())) {
      problems.add(
          new FieldProblem(
              "hostOrganisationId", "validation.unknownId", command.hostOrganisationId()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private Map<Lab, LabView> views(List<Lab> found) {
    Map<Long, String> hosts = new HashMap<>();
    List<Long> hostIds =
        found.stream()
            .map(Lab::hostOrganisationId)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList();
    if (!hostIds.isEmpty()) {
      organisations.findAllById(hostIds).forEach(o -> hosts.put(o.id(), o.name()));
    }
    Map<Lab, LabView> views = new java.util.IdentityHashMap<>();
    for (Lab l : found) {
      views.put(
          l,
          new LabView(
              l.id(),
              l.name(),
              l.shortName(),
              l.description(),
              l.country(),
              l.region(),
              l.level(),
              l.hostOrganisationId(),
              hosts.get(l.hostOrganisationId()),
              l.foundedYear(),
              l.website(),
              l.contactEmail(),
              List.copyOf(l.policyAreas()),
              List.copyOf(l.methods()),
              List.copyOf(l.languages()),
              l.status(),
              l.logoFile() != null,
              l.lastActivity(),
              l.demo(),
              l.version()));
    }
    return views;
  }

  private static Specification<Lab> specification(LabFilter filter) {
    List<Specification<Lab>> parts = new ArrayList<>();
    if (QueryText.present(filter.q())) {
      String pattern = QueryText.contains(filter.q());
      parts.add(
          (root, query, cb) ->
              cb.or(
                  cb.like(cb.lower(root.get("name")), pattern, QueryText.ESCAPE),
                  cb.like(cb.lower(root.get("shortName")), pattern, QueryText.ESCAPE),
                  cb.like(cb.lower(root.get("region")), pattern, QueryText.ESCAPE)));
    }
    if (present(filter.country())) {
      parts.add((root, query, cb) -> cb.equal(root.get("country"), filter.country()));
    }
    if (present(filter.level())) {
      parts.add((root, query, cb) -> cb.equal(root.get("level"), filter.level()));
    }
    if (present(filter.status())) {
      parts.add((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
    }
    if (present(filter.policyArea())) {
      parts.add(
          (root, query, cb) -> {
            query.distinct(true);
            return cb.equal(root.join("policyAreas", JoinType.INNER), filter.policyArea());
          });
    }
    return Specification.allOf(parts);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  // --- organisations ---------------------------------------------------------------------------

  public Page<OrganisationView> organisations(
      String q, String country, String type, Pageable page) {
    String pattern = QueryText.present(q) ? QueryText.contains(q) : null;
    return organisations
        .filter(pattern, present(country) ? country : null, present(type) ? type : null, page)
        .map(Organisation::view);
  }

  public List<OrganisationView> allOrganisations() {
    return organisations.findAllByOrderByName().stream().map(Organisation::view).toList();
  }

  public OrganisationView organisation(long id) {
    return organisations
        .findById(id)
        .map(Organisation::view)
        .orElseThrow(() -> new NotFound("Organisation " + id));
  }

  public Map<Long, String> organisationNames(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      organisations.findAllById(ids).forEach(o -> names.put(o.id(), o.name()));
    }
    return names;
  }

  public boolean organisationExists(Long id) {
    return id != null && organisations.existsById(id);
  }

  /** Any member may add an organisation. */
  @Transactional
  public OrganisationView createOrganisation(OrganisationCommand command) {
    rights.requireMember();
    checkOrganisation(command);
    return organisations.save(new Organisation(command)).view();
  }

  /** Organisations are shared by all labs: only admins change them. */
  @Transactional
  public OrganisationView updateOrganisation(long id, long version, OrganisationCommand command) {
    Organisation organisation =
        organisations.findById(id).orElseThrow(() -> new NotFound("Organisation " + id));
    rights.requireAdmin();
    if (organisation.version() != version) {
      throw new Conflict(
          "The organisation was changed by someone else since version " + version + ".");
    }
    checkOrganisation(command);
    organisation.apply(command);
    organisations.flush();
    return organisation.view();
  }

  @Transactional
  public void deleteOrganisation(long id) {
    Organisation organisation =
        organisations.findById(id).orElseThrow(() -> new NotFound("Organisation " + id));
    rights.requireAdmin();
    if (labs.existsByHostOrganisationId(id)) {
      throw new Conflict("The organisation hosts a lab; change the lab first.");
    }
    organisations.delete(organisation);
  }

  /**
   * The organisation with this name, created if there is none: for importers, which name lead
   * organisations by text. No rights check; callers check theirs.
   */
  @Transactional
  public long organisationNamed(String name, String type, String country, boolean demo) {
    return organisations
        .findFirstByNameIgnoreCase(name.strip())
        .map(Organisation::id)
        .orElseGet(
            () -> {
              Organisation organisation =
                  new Organisation(
                      new OrganisationCommand(name.strip(), type, country, null, null));
              if (demo) {
                organisation.markDemo();
              }
              return organisations.save(organisation).id();
            });
  }

  private void checkOrganisation(OrganisationCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    if (present(command.type())) {
      taxonomy.check(Vocabulary.ORG_TYPE, "type", List.of(command.type()), problems);
    }
    if (present(command.country())) {
      taxonomy.check(Vocabulary.COUNTRY, "country", List.of(command.country()), problems);
    }
    if (present(command.website()) && !command.website().matches("^https?://\\S+$")) {
      problems.add(new FieldProblem("website", "Pattern.website"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }
}
