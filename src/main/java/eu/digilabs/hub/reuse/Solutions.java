package eu.digilabs.hub.reuse;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Solutions extends JpaRepository<Solution, Long>, JpaSpecificationExecutor<Solution> {

  @Query("select s.id from Solution s where s.publication = 'PUBLISHED' order by s.id")
  List<Long> publishedIds();

  /** Each published solution's id with a public service it covers: one row per pair. */
  @Query(
      "select s.id, service from Solution s join s.serviceIds service"
          + " where s.publication = 'PUBLISHED'")
  List<Object[]> publishedServices();

  @Query("select s from Solution s join s.projects p where key(p) = ?1 order by s.name")
  List<Solution> forProject(long projectId);

  @Query(
      "select distinct s from Solution s join s.serviceIds svc where svc in ?1"
          + " and s.publication = 'PUBLISHED' order by s.name")
  List<Solution> publishedForServices(Collection<Long> serviceIds);

  List<Solution> findByProviderLabIdOrderByName(long labId);

  Optional<Solution> findBySourceKey(String sourceKey);

  /**
   * Changes with every change of any solution: a publication and a withdrawal at once must show.
   */
  @Query("select concat(count(s), '/', coalesce(sum(s.version), 0)) from Solution s")
  String publishedRevision();
}
