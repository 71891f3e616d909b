package eu.digilabs.hub.taxonomy;

import eu.digilabs.hub.shared.ImportReport;
import eu.digilabs.hub.shared.text.QueryText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public-service catalogue: look-ups for pickers and pages, and the OZG import. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

  private final PublicServices services;
  private final OzgImport ozgImport;

  private final ApplicationEventPublisher events;

  Catalogue(PublicServices services, OzgImport ozgImport, ApplicationEventPublisher events) {
    this.events = events;
    this.services = services;
    this.ozgImport = ozgImport;
  }

  /**
   * OZG and LeiKa services whose name contains the text or whose key is the text: the key first,
   * then a name that is the text, then OZG services before the LeiKa entries below them.
   */
  public List<ServiceView> search(String text, int limit) {
    String query = QueryText.clean(text);
    List<PublicService> found =
        services.search(
            QueryText.contains(query), query, PageRequest.of(0, Math.max(1, Math.min(limit, 50))));
    return views(found);
  }

  public List<ServiceView> find(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return views(services.findAllById(ids));
  }

  /** The entry and every entry below it (a Themenfeld's Lebenslagen, OZG and LeiKa services). */
  public Set<Long> within(long id) {
    Set<Long> all = new HashSet<>();
    List<Long> level = List.of(id);
    for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
      all.addAll(level);
      level = services.childIds(level);
    }
    return all;
  }

  /**
   * Each entry with every entry above it (a LeiKa service's OZG service, Lebenslage and
   * Themenfeld): what content linked to the entry is also about. Unknown ids map to themselves.
   */
  public Map<Long, Set<Long>> withParents(Collection<Long> ids) {
    Map<Long, Long> parentOf = new HashMap<>();
    Set<Long> level = new HashSet<>(ids);
    for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
      Set<Long> next = new HashSet<>();
      for (Object[] row : services.parents(level)) {
        Long parent = (Long) row[1];
        parentOf.put((Long) row[0], parent);
        if (!parentOf.containsKey(parent)) {
          next.add(parent);
        }
      }
      level = next;
    }
    Map<Long, Set<Long>> lines = new HashMap<>();
    for (Long id : ids) {
      Set<Long> line = new LinkedHashSet<>();
      for (Long at = id; at != null && line.add(at); at = parentOf.get(at)) {}
      lines.put(id, line);
    }
    return lines;
  }

  /** Ids of the ids given that are not in the catalogue. */
  public List<Long> unknown(Collection<Long> ids) {
    Set<Long> known = new HashSet<>();
    services.findAllById(ids).forEach(s -> known.add(s.id()));
    return ids.stream().filter(id -> !known.contains(id)).toList();
  }

  /** The Themenfelder, for filters. */
  public List<ServiceView> subjects() {
    return views(services.findByKindOrderByName(PublicService.Kind.SUBJECT));
  }

  /**
   * A Themenfeld's Lebenslagen (by name), each with its current OZG services.
   *
   * @param situations the Lebenslagen with the ids of their OZG services, none left out
   */
  public record SubjectServices(ServiceView subject, Map<ServiceView, List<Long>> situations) {

    /** Every OZG service of the Themenfeld. */
    public List<Long> services() {
      return situations.values().stream().flatMap(List::stream).toList();
    }
  }

  /**
   * The OZG services (not withdrawn) below each Lebenslage of each Themenfeld, both by name: what
   * the dashboard counts. Three queries for the whole catalogue.
   */
  public List<SubjectServices> ozgServicesBySituation() {
    Map<Long, List<Long>> bySituation = new HashMap<>();
    for (PublicService service : services.findByKind(PublicService.Kind.OZG_SERVICE)) {
      if (!service.withdrawn() && service.parentId() != null) {
        bySituation.computeIfAbsent(service.parentId(), id -> new ArrayList<>()).add(service.id());
      }
    }
    Map<Long, Map<ServiceView, List<Long>>> bySubject = new HashMap<>();
    List<PublicService> situations = services.findByKindOrderByName(PublicService.Kind.SITUATION);
    List<ServiceView> views = views(situations);
    for (int i = 0; i < situations.size(); i++) {
      Long subject = situations.get(i).parentId();
      ServiceView situation = views.get(i);
      if (subject != null) {
        bySubject
            .computeIfAbsent(subject, id -> new LinkedHashMap<>())
            .put(situation, bySituation.getOrDefault(situation.id(), List.of()));
      }
    }
    List<SubjectServices> result = new ArrayList<>();
    for (ServiceView subject : subjects()) {
      result.add(new SubjectServices(subject, bySubject.getOrDefault(subject.id(), Map.of())));
    }
    return result;
  }

  /** How many entries each level holds. */
  public Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (PublicService.Kind kind : PublicService.Kind.values()) {
      counts.put(kind.name(), services.countByKind(kind));
    }
    return counts;
  }

  /**
   * Imports the OZG catalogue export in {@code folder} ({@code ozg_subject.csv}, {@code
   * ozg_situation.csv}, {@code ozg_service_system.csv}, {@code ozg_service.csv}). Idempotent:
   * entries are matched by their source id and updated; bad rows are reported with their line.
   */
  @Transactional
  public ImportReport importOzg(Path folder, ImportReport report) {
    return importOzg(OzgFiles.folder(folder), report);
  }

  /** The same import, from files that may live in the jar (the reference data). */
  @Transactional
  public ImportReport importOzg(OzgFiles files, ImportReport report) {
    ozgImport.run(files, report);
    events.publishEvent(new CatalogueChanged());
    return report;
  }

  /**
   * Every current OZG service with its Themenfeld, Lebenslage and the names of its LeiKa services
   * (at most {@code leika} of them), in one pass over the catalogue.
   */
  @Transactional(readOnly = true)
  public List<ServiceText> serviceTexts(int leika) {
    Map<Long, PublicService> all = new HashMap<>();
    services.findAll().forEach(s -> all.put(s.id(), s));
    Map<Long, List<String>> children = new HashMap<>();
    for (PublicService s : all.values()) {
      if (s.kind() == PublicService.Kind.LEIKA_SERVICE && s.parentId() != null && !s.withdrawn()) {
        children.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s.name());
      }
    }
    return all.values().stream()
        .filter(s -> s.kind() == PublicService.Kind.OZG_SERVICE && !s.withdrawn())
        .sorted(Comparator.comparing(PublicService::id))
        .map(
            s -> {
              PublicService situation = null;
              PublicService subject = null;
              for (PublicService up = all.get(s.parentId() == null ? -1 : s.parentId());
                  up != null;
                  up = up.parentId() == null ? null : all.get(up.parentId())) {
                if (up.kind() == PublicService.Kind.SITUATION && situation == null) {
                  situation = up;
                } else if (up.kind() == PublicService.Kind.SUBJECT && subject == null) {
                  subject = up;
                }
              }
              List<String> names =
                  children.getOrDefault(s.id(), List.of()).stream().sorted().limit(leika).toList();
              return new ServiceText(
                  s.id(),
                  s.serviceKey(),
                  s.name(),
                  subject == null ? null : subject.name(),
                  situation == null ? null : situation.name(),
                  s.description(),
                  names);
            })
        .toList();
  }

  List<ServiceView> views(Collection<PublicService> found) {
    Map<Long, PublicService> known = new HashMap<>();
    found.forEach(s -> known.put(s.id(), s));
    Set<Long> missing = new HashSet<>();
    for (int depth = 0; depth < 3; depth++) {
      missing.clear();
      for (PublicService s : known.values()) {
        if (s.parentId() != null && !known.containsKey(s.parentId())) {
          missing.add(s.parentId());
        }
      }
      if (missing.isEmpty()) {
        break;
      }
      services.findAllById(missing).forEach(s -> known.put(s.id(), s));
    }
    List<ServiceView> views = new ArrayList<>();
    for (PublicService s : found) {
      PublicService top = s;
      while (top.parentId() != null && known.containsKey(top.parentId())) {
        top = known.get(top.parentId());
      }
      String subject = top.kind() == PublicService.Kind.SUBJECT ? top.name() : null;
      views.add(
          new ServiceView(
              s.id(), s.kind().name(), s.serviceKey(), s.name(), subject, s.withdrawn()));
    }
    return views;
  }
}
