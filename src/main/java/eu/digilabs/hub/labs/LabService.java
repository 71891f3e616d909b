package eu.digilabs.hub.labs;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.lang.Contract;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lab directory and the organisations behind the labs. Other modules read it through {@link
 * LabDirectory} and {@link OrganisationDirectory}; logos are checked and stored by {@link
 * LabLogos}.
 */
@Service
@Transactional(readOnly = true)
public class LabService implements LabDirectory, OrganisationDirectory {

  private final Labs labs;
  private final Organisations organisations;
  private final Taxonomy taxonomy;
  private final Rights rights;
  private final AccountService accounts;
  private final LabLogos logos;
  private final ApplicationEventPublisher events;

  LabService(
      Labs labs,
      Organisations organisations,
      Taxonomy taxonomy,
      Rights rights,
      AccountService accounts,
      LabLogos logos,
      ApplicationEventPublisher events) {
    this.events = events;
    this.labs = labs;
    this.organisations = organisations;
    this.taxonomy = taxonomy;
    this.rights = rights;
    this.accounts = accounts;
    this.logos = logos;
  }

  // --- labs ------------------------------------------------------------------------------------

  /**
   * Labs matching the filters, without contact addresses: members write through the contact form,
   * and a lab's editors read its address on the lab itself ({@link #shown}).
   */
  @Override
  public Page<LabView> list(LabFilter filter, Pageable page) {
    Page<Lab> found = labs.findAll(specification(filter), page);
    Map<Lab, LabView> views = views(found.getContent());
    return found.map(lab -> Objects.requireNonNull(views.get(lab)).withoutContactAddress());
  }

  /** Labs with an id above {@code after}, by id, as {@link #list} shows them (the open data). */
  List<LabView> listAfter(long after, int size) {
    Specification<Lab> above = (root, query, cb) -> cb.greaterThan(root.get("id"), after);
    List<Lab> found =
        labs.findBy(
            specification(LabFilter.none()).and(above),
            q -> q.sortBy(Sort.by("id")).limit(size).all());
    Map<Lab, LabView> views = views(found);
    return found.stream()
        .map(lab -> Objects.requireNonNull(views.get(lab)).withoutContactAddress())
        .toList();
  }

  /** The whole lab, contact address included: for its edit form and the contact service. */
  @Override
  public LabView get(long id) {
    return view(labs.findById(id).orElseThrow(() -> new NotFound("Lab " + id)));
  }

  /** A lab as the viewer may see it: its contact address only for its editors. */
  public LabView shown(long id) {
    LabView lab = get(id);
    return rights.editorOf(id) ? lab : lab.withoutContactAddress();
  }

  public Optional<LabView> find(long id) {
    return labs.findById(id).map(this::view);
  }

  @Override
  public boolean exists(@Nullable Long id) {
    return id != null && labs.existsById(id);
  }

  @Override
  public List<LabView> all() {
    List<Lab> all = labs.findAllByOrderByName();
    Map<Lab, LabView> views = views(all);
    return all.stream().map(lab -> Objects.requireNonNull(views.get(lab))).toList();
  }

  @Override
  public Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      labs.findAllById(ids).forEach(l -> names.put(l.id(), l.name()));
    }
    return names;
  }

  @Override
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
  public LabView create(LabCommand command, byte @Nullable [] logo) {
    long creator = rights.requireMember();
    check(command);
    String type = logo == null ? null : LabLogos.check(logo);
    Lab lab = labs.save(new Lab(command));
    if (logo != null && type != null) {
      logos.store(lab, logo, type);
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
  public LabView update(long id, long version, LabCommand command, byte @Nullable [] logo) {
    Lab lab = labs.findById(id).orElseThrow(() -> new NotFound("Lab " + id));
    rights.requireEditorOf(id);
    if (lab.version() != version) {
      throw new Conflict("The lab was changed by someone else since version " + version + ".");
    }
    check(command);
    String type = logo == null ? null : LabLogos.check(logo);
    lab.apply(command);
    if (logo != null && type != null) {
      logos.store(lab, logo, type);
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
    logos.store(lab, image, LabLogos.check(image));
    return get(id);
  }

  @ApplicationModuleListener
  void on(LabActivity activity) {
    labs.recordActivity(activity.labId(), activity.at());
  }

  private void check(LabCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!taxonomy.exists(Vocabulary.COUNTRY, command.country())) {
      problems.add(new FieldProblem("country", "validation.unknownTerm", command.country()));
    }
    String level = command.level();
    if (level != null && !level.isBlank()) {
      taxonomy.check(Vocabulary.LEVEL, "level", List.of(level), problems);
    }
    taxonomy.check(Vocabulary.POLICY_AREA, "policyAreas", command.policyAreas(), problems);
    taxonomy.check(Vocabulary.METHOD, "methods", command.methods(), problems);
    taxonomy.check(Vocabulary.LANGUAGE, "languages", command.languages(), problems);
    Long host = command.hostOrganisationId();
    if (host != null && !organisations.existsById(host)) {
      problems.add(new FieldProblem("hostOrganisationId", "validation.unknownId", host));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private LabView view(Lab lab) {
    return Objects.requireNonNull(views(List.of(lab)).get(lab));
  }

  private Map<Lab, LabView> views(List<Lab> found) {
    Map<Long, String> hosts = new HashMap<>();
    List<Long> hostIds =
        found.stream().map(Lab::hostOrganisationId).filter(Objects::nonNull).distinct().toList();
    if (!hostIds.isEmpty()) {
      organisations.findAllById(hostIds).forEach(o -> hosts.put(o.id(), o.name()));
    }
    Map<Lab, LabView> views = new IdentityHashMap<>();
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

  @Contract("null -> false")
  private static boolean present(@Nullable String value) {
    return value != null && !value.isBlank();
  }

  // --- organisations ---------------------------------------------------------------------------

  public Page<OrganisationView> organisations(
      @Nullable String q, @Nullable String country, @Nullable String type, Pageable page) {
    String pattern = QueryText.present(q) ? QueryText.contains(q) : null;
    return organisations
        .filter(pattern, present(country) ? country : null, present(type) ? type : null, page)
        .map(Organisation::view);
  }

  @Override
  public List<OrganisationView> allOrganisations() {
    return organisations.findAllByOrderByName().stream().map(Organisation::view).toList();
  }

  public OrganisationView organisation(long id) {
    return organisations
        .findById(id)
        .map(Organisation::view)
        .orElseThrow(() -> new NotFound("Organisation " + id));
  }

  @Override
  public Map<Long, String> organisationNames(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      organisations.findAllById(ids).forEach(o -> names.put(o.id(), o.name()));
    }
    return names;
  }

  @Override
  public boolean organisationExists(@Nullable Long id) {
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

  @Override
  @Transactional
  public long organisationNamed(
      String name, @Nullable String type, @Nullable String country, boolean demo) {
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
    String website = command.website();
    if (present(website) && !website.matches("^https?://\\S+$")) {
      problems.add(new FieldProblem("website", "Pattern.website"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }
}
