package eu.digilabs.hub.taxonomy;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PublicServices extends JpaRepository<PublicService, Long> {

  List<PublicService> findByKind(PublicService.Kind kind);

  List<PublicService> findByKindOrderByName(PublicService.Kind kind);

  long countByKind(PublicService.Kind kind);

  List<PublicService> findByIdGreaterThanOrderById(long after, Pageable page);

  @Query(
      "select s.id, s.parentId from PublicService s where s.id in :ids and s.parentId is not null")
  List<Object[]> parents(@Param("ids") Collection<Long> ids);

  @Query("select s.id from PublicService s where s.parentId in :parents")
  List<Long> childIds(@Param("parents") Collection<Long> parents);

  @Query(
      """
      select s from PublicService s
      where s.kind in (eu.digilabs.hub.taxonomy.PublicService.Kind.OZG_SERVICE,
                       eu.digilabs.hub.taxonomy.PublicService.Kind.LEIKA_SERVICE)
        and (lower(s.name) like :pattern escape '\\' or s.serviceKey = :key)
      order by case when s.serviceKey = :key then 0 else 1 end,
               case when lower(s.name) = lower(:key) then 0 else 1 end,
               case when s.kind = eu.digilabs.hub.taxonomy.PublicService.Kind.OZG_SERVICE
                    then 0 else 1 end,
               s.withdrawn, s.name
      """)
  List<PublicService> search(
      @Param("pattern") String pattern, @Param("key") String key, Pageable page);

  /** Changes with every import that adds, changes or withdraws a service. */
  @Query("select concat(count(s), '/', coalesce(sum(s.version), 0)) from PublicService s")
  String revision();
}
