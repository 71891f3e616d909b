package eu.digilabs.hub.labs;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Labs extends JpaRepository<Lab, Long>, JpaSpecificationExecutor<Lab> {

  /**
   * Moves the lab's last activity forward, never back. One update statement, without the lab's
   * version: activity of one lab reported at the same time from several threads, or while an editor
   * saves the lab, must neither conflict nor be lost.
   */
  @Modifying
  @Query(
      "update Lab l set l.lastActivity = :at"
          + " where l.id = :id and (l.lastActivity is null or l.lastActivity < :at)")
  int recordActivity(@Param("id") long id, @Param("at") Instant at);

  boolean existsByHostOrganisationId(long organisationId);

  List<Lab> findAllByOrderByName();

  @Query("select l.country, count(l) from Lab l where l.status = 'active' group by l.country")
  List<Object[]> countActiveByCountry();

  /** When each lab was last active (null: never), for counting. */
  @Query("select l.lastActivity from Lab l")
  List<Instant> lastActivities();

  /** Changes with every new, changed or deleted lab and with its activity. */
  @Query(
      "select concat(count(l), '/', coalesce(sum(l.version), 0), '/',"
          + " coalesce(str(max(l.lastActivity)), '')) from Lab l")
  String revision();
}
