package eu.digilabs.hub.projects;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Projects extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

  List<Project> findBySourceName(String sourceName);

  @Query("select p.id from Project p where p.publication =" + " 'PUBLISHED' order by p.id")
  List<Long> publishedIds();

  @Query(
      "select p.country, count(p) from Project p where p.publication = 'PUBLISHED' and p.country is"
          + " not null group by p.country")
  List<Object[]> countPublishedByCountry();

  @Query(
      """
      select distinct p from Project p left join p.partnerLabIds partner
      where (p.leadLabId = :lab or partner = :lab)
      order by p.updatedAt desc
      """)
  List<Project> forLab(@Param("lab") long labId);

  long countByPublication(Project.Publication publication);

  /** Changes with every change of any project: a publication and a withdrawal at once must show. */
  @Query(
      "select concat(count(p), '/', coalesce(sum(p.version), 0), '/',"
          + " coalesce(str(max(p.updatedAt)), '')) from Project p")
  String publishedRevision();
}
