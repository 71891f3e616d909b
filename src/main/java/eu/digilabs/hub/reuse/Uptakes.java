package eu.digilabs.hub.reuse;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Uptakes extends JpaRepository<Uptake, Long> {

  List<Uptake> findBySolutionIdOrderByDeclaredAt(long solutionId);

  List<Uptake> findBySolutionIdInOrderByDeclaredAt(Collection<Long> solutionIds);

  @Query(
      "select count(u) > 0 from Uptake u where u.solutionId = ?1 and u.stage <> 'ENDED'"
          + " and (u.reuserLabId = ?2 or u.reuserOrganisationId = ?3)")
  boolean openFor(long solutionId, Long labId, Long organisationId);

  @Query(
      "select count(u) from Uptake u where u.solutionId = ?1 and u.furthestStage <> 'INTERESTED'")
  long pastInterest(long solutionId);

  /** Changes with every new, changed or deleted uptake. */
  @Query("select concat(count(u), '/', coalesce(sum(u.version), 0)) from Uptake u")
  String revision();
}
