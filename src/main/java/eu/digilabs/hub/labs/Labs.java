package eu.digilabs.hub.labs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Labs extends JpaRepository<Lab, Long>, JpaSpecificationExecutor<Lab> {

  @Query("select l.country, count(l) from Lab l where l.status = 'active' group by l.country")
  List<Object[]> countActiveByCountry();

  boolean existsByHostOrganisationId(long organisationId);

  List<Lab> findAllByOrderByName();
}
