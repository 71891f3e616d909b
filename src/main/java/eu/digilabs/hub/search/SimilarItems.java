package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.*;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Similar projects" and "labs working on similar topics" for a detail page: the published projects
 * nearest in meaning to the item (other labs' first) and the labs they belong to. Index queries
 * only, no database.
 */
@Service
public class SimilarItems {

  /** How many neighbours are looked at; the page shows fewer. */
  static final int NEIGHBOURS = 30;

  /** At most this many solutions similar to a project. */
  static final int SOLUTIONS = 5;

  /**
   * The cosine similarity a neighbour needs: below it, all-MiniLM-L6-v2 relates texts that share
   * little more than their genre.
   */
  static final float MIN_SIMILARITY = 0.3f;

  /**
   * What a detail page shows.
   *
   * @param projects up to five projects, other labs' first, nearest first within each group
   * @param labs up to four other labs whose projects are among the nearest
   * @param ownLab the item's lab, to mark projects of the same lab
   */
  public record Similar(
      List<SearchResults.Hit> projects, List<SearchResults.Hit> labs, @Nullable Long ownLab) {

    public static final Similar NONE = new Similar(List.of(), List.of(), null);

    @JsonIgnore
    public boolean isEmpty() {
      return projects.isEmpty() && labs.isEmpty();
    }
  }

  private final EntityManager entityManager;
  private final Embeddings embeddings;

  SimilarItems(EntityManager entityManager, Embeddings embeddings) {
    this.entityManager = entityManager;
    this.embeddings = embeddings;
  }

  /** For a project page the viewer may see (drafts included). */
  @Transactional(readOnly = true)
  public Similar toProject(long id) {
    return of("Project", id, false).orElse(Similar.NONE);
  }

  /** For a solution page: the projects nearest in meaning to the solution. */
  @Transactional(readOnly = true)
  public Similar toSolution(long id) {
    return of("Solution", id, false).orElse(Similar.NONE);
  }

  /**
   * For a project page: published solutions nearest in meaning to the project (what it might reuse
   * rather than build), nearest first; empty without embeddings.
   */
  @Transactional(readOnly = true)
  public List<SearchResults.Hit> solutionsTo(long projectId) {
    if (!embeddings.enabled()) {
      return List.of();
    }
    SearchSession session = Search.session(entityManager);
    List<float[]> self =
        session
            .search(session.scope(Object.class, "Project"))
            .select(f -> f.field(EMBEDDING, float[].class, ValueModel.INDEX))
            .where(f -> f.id().matching(projectId))
            .fetchHits(1);
    if (self.isEmpty() || self.get(0) == null) {
      return List.of();
    }
    float[] vector = self.get(0);
    return LabNames.added(
        session,
        session
            .search(session.scope(Object.class, "Solution"))
            .select(f -> HitProjection.of(f, false, false))
            .where(
                f ->
                    f.knn(SOLUTIONS)
                        .field(EMBEDDING)
                        .matching(vector)
                        .filter(f.match().field(VISIBLE).matching(true))
                        .requiredMinimumScore(Embeddings.score(MIN_SIMILARITY)))
            .fetchHits(SOLUTIONS)
            .stream()
            .map(HitProjection::hit)
            .toList());
  }

  /** For a lab page. */
  @Transactional(readOnly = true)
  public Similar toLab(long id) {
    return of("Lab", id, false).orElse(Similar.NONE);
  }

  /**
   * For the API: the items similar to a published project, lab or solution ({@code type} is {@code
   * project}, {@code lab} or {@code solution}); empty when there is no such published item.
   */
  @Transactional(readOnly = true)
  public Optional<Similar> toPublished(String type, long id) {
    return switch (type) {
      case "project" -> of("Project", id, true);
      case "lab" -> of("Lab", id, true);
      case "solution" -> of("Solution", id, true);
      default -> Optional.empty();
    };
  }

  private Optional<Similar> of(String entity, long id, boolean publishedOnly) {
    int projectCount = 5;
    int labCount = 4;
    SearchSession session = Search.session(entityManager);
    List<List<?>> self =
        session
            .search(session.scope(Object.class, entity))
            .select(
                f ->
                    f.composite()
                        .from(
                            f.field(EMBEDDING, float[].class, ValueModel.INDEX),
                            f.field(LAB, Long.class))
                        .asList())
            .where(
                f ->
                    publishedOnly
                        ? f.and(f.id().matching(id), f.match().field(VISIBLE).matching(true))
                        : f.id().matching(id))
            .fetchHits(1);
    if (self.isEmpty()) {
      return Optional.empty();
    }
    if (!embeddings.enabled() || self.get(0).get(0) == null) {
      return Optional.of(Similar.NONE);
    }
    Long ownLab = (Long) self.get(0).get(1);
    float[] vector =
        "Lab".equals(entity)
            ? withProjects(session, id, (float[]) self.get(0).get(0))
            : (float[]) self.get(0).get(0);
    List<SearchResults.Hit> neighbours =
        session
            .search(session.scope(Object.class, "Project"))
            .select(f -> HitProjection.of(f, false, false))
            .where(
                f ->
                    f.knn(NEIGHBOURS)
                        .field(EMBEDDING)
                        .matching(vector)
                        .filter(
                            f.bool()
                                .filter(f.match().field(VISIBLE).matching(true))
                                .mustNot(
                                    "Project".equals(entity)
                                        ? f.id().matching(id)
                                        : f.match().field(VISIBLE).matching(false)))
                        .requiredMinimumScore(Embeddings.score(MIN_SIMILARITY)))
            .fetchHits(NEIGHBOURS)
            .stream()
            .map(HitProjection::hit)
            .toList();
    List<SearchResults.Hit> projects = new ArrayList<>(neighbours);
    // Stable: nearest first within "other labs" and "same lab".
    projects.sort(Comparator.comparing(hit -> ownLab != null && ownLab.equals(hit.lab())));
    Set<Long> labIds = new LinkedHashSet<>();
    for (SearchResults.Hit hit : neighbours) {
      if (hit.lab() != null && !hit.lab().equals(ownLab) && labIds.size() < labCount) {
        labIds.add(hit.lab());
      }
    }
    Map<Long, String> names = LabNames.of(session, labIds);
    List<SearchResults.Hit> labs = new ArrayList<>();
    for (Long lab : labIds) {
      String name = names.get(lab);
      if (name != null) {
        labs.add(new SearchResults.Hit("lab", lab, name, "", null, null, lab, null, null));
      }
    }
    return Optional.of(
        new Similar(
            LabNames.added(session, projects.subList(0, Math.min(projectCount, projects.size()))),
            List.copyOf(labs),
            ownLab));
  }

  /**
   * What a lab works on: its own description and its published projects, averaged. A lab's
   * description is often one line; its projects say more.
   */
  private static float[] withProjects(SearchSession session, long lab, float[] own) {
    float[] sum = own.clone();
    session
        .search(session.scope(Object.class, "Project"))
        .select(f -> f.field(EMBEDDING, float[].class, ValueModel.INDEX))
        .where(
            f -> f.and(f.match().field(LAB).matching(lab), f.match().field(VISIBLE).matching(true)))
        .fetchHits(50)
        .stream()
        .filter(Objects::nonNull)
        .forEach(
            vector -> {
              for (int d = 0; d < sum.length; d++) {
                sum[d] += vector[d];
              }
            });
    return sum;
  }
}
