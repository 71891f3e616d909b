package eu.digilabs.hub.demo;

import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.projects.ProjectView;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.CatalogueChanged;
import eu.digilabs.hub.taxonomy.ServiceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links demo projects to their OZG services the way a lab enters them in the project form: by
 * searching the catalogue for the OZG key. Keys the catalogue does not hold yet (the reference data
 * is imported after the demo on a first start) are kept and linked when the catalogue changes.
 */
@Component
class DemoServiceLinks {

  private static final Logger log = LoggerFactory.getLogger(DemoServiceLinks.class);

  /** The catalogue ids found for some OZG keys, and the keys not found. */
  record Found(List<Long> ids, List<String> missing) {}

  private final Catalogue catalogue;
  private final ProjectService projects;
  private final PendingServiceLinks pending;
  private final RunAs runAs;
  private final TransactionTemplate perProject;

  DemoServiceLinks(
      Catalogue catalogue,
      ProjectService projects,
      PendingServiceLinks pending,
      RunAs runAs,
      PlatformTransactionManager transactions) {
    this.catalogue = catalogue;
    this.projects = projects;
    this.pending = pending;
    this.runAs = runAs;
    this.perProject = new TransactionTemplate(transactions);
    this.perProject.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  Found find(List<String> ozgKeys) {
    List<Long> ids = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String key : ozgKeys) {
      ozgService(key).ifPresentOrElse(s -> ids.add(s.id()), () -> missing.add(key));
    }
    return new Found(ids, missing);
  }

  /** Keeps the keys to link once the catalogue holds them. */
  void later(long projectId, List<String> ozgKeys) {
    ozgKeys.forEach(key -> pending.save(new PendingServiceLink(projectId, key)));
  }

  @ApplicationModuleListener
  void on(CatalogueChanged changed) {
    Map<Long, List<PendingServiceLink>> byProject =
        pending.findAll().stream().collect(Collectors.groupingBy(PendingServiceLink::projectId));
    if (!byProject.isEmpty()) {
      runAs.system(() -> byProject.forEach(this::link));
    }
  }

  /** Links one project in a transaction of its own, so that one failure leaves the others. */
  private void link(long projectId, List<PendingServiceLink> links) {
    try {
      perProject.executeWithoutResult(status -> linkNow(projectId, links));
    } catch (NotFound gone) {
      log.info("Demo project {} is gone; its OZG services are not linked", projectId);
      pending.deleteAll(links);
    } catch (RuntimeException e) {
      log.warn("Demo project {} was not linked to its OZG services: {}", projectId, e.toString());
    }
  }

  private void linkNow(long projectId, List<PendingServiceLink> links) {
    Found found = find(links.stream().map(PendingServiceLink::serviceKey).toList());
    if (found.ids().isEmpty()) {
      return;
    }
    ProjectView project = projects.get(projectId);
    projects.update(projectId, project.version(), project.command().withServices(found.ids()));
    log.info("Demo project {} linked to {} OZG services", projectId, found.ids().size());
    links.stream()
        .filter(link -> !found.missing().contains(link.serviceKey()))
        .forEach(pending::delete);
  }

  private Optional<ServiceView> ozgService(String key) {
    return catalogue.search(key, 10).stream()
        .filter(s -> s.ozgService() && key.equals(s.key()))
        .findFirst();
  }
}
