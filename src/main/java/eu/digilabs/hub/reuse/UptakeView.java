package eu.digilabs.hub.reuse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An uptake as the viewer may see it. {@code reuserName} is null when the reuser chose not to be
 * named and the viewer is neither provider nor reuser. An outsider's {@code steps} hold the public
 * stages only, without notes, and {@code declaredAt} and {@code updatedAt} are the times of the
 * first and last of those.
 *
 * @param mayMove the viewer is the provider's editor (or an admin) and may move it along
 * @param mayDecide the viewer is on the reuser's side and decides what is public
 */
public record UptakeView(
    long id,
    long solutionId,
    String solutionName,
    @Nullable Long reuserLabId,
    @Nullable Long reuserOrganisationId,
    @Nullable String reuserName,
    @Nullable String country,
    @Nullable String region,
    String stage,
    String furthestStage,
    @Nullable String visibleFrom,
    boolean reuserPublic,
    boolean isPublic,
    Instant declaredAt,
    Instant updatedAt,
    boolean demo,
    long version,
    List<Step> steps,
    boolean mayMove,
    boolean mayDecide) {

  /** A dated entry: a stage reached ({@code stage} set) or a note. */
  public record Step(
      String kind,
      @Nullable String stage,
      LocalDate on,
      @Nullable String note,
      @Nullable String author,
      Instant recordedAt) {}

  /** The stage it is at now, as a scale value. */
  public UptakeStage currentStage() {
    return UptakeStage.of(stage).orElseThrow();
  }
}
