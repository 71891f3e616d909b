package eu.digilabs.hub.reuse;

import eu.digilabs.hub.shared.problems.InvalidInput;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One lab's or authority's uptake of a solution, from declared interest to live (or ended). Stages
 * only move forward; {@link UptakeStage#ENDED} can follow any stage and is final. The reuser
 * decides from which stage on the entry is public (by default from live) and whether it names them;
 * an entry once public stays public when it ends, so a map of where a solution ran stays true.
 */
@Entity
class Uptake {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  private long solutionId;
  private @Nullable Long reuserLabId;
  private @Nullable Long reuserOrganisationId;
  private @Nullable String country;
  private @Nullable String region;

  @Enumerated(EnumType.STRING)
  private UptakeStage stage;

  @Enumerated(EnumType.STRING)
  private UptakeStage furthestStage;

  /** The first stage at which the entry is public; null: never. */
  @Enumerated(EnumType.STRING)
  private @Nullable UptakeStage visibleFrom;

  private boolean reuserPublic;
  private @Nullable Long declaredBy;
  private Instant declaredAt;
  private Instant updatedAt;
  private boolean demo;
  @Version private long version;

  @SuppressWarnings("NullAway.Init") // JPA sets the fields from the row it loads
  protected Uptake() {}

  Uptake(
      long solutionId,
      @Nullable Long reuserLabId,
      @Nullable Long reuserOrganisationId,
      @Nullable String country,
      @Nullable String region,
      @Nullable Long declaredBy) {
    this.solutionId = solutionId;
    this.reuserLabId = reuserLabId;
    this.reuserOrganisationId = reuserOrganisationId;
    this.country = country;
    this.region = region;
    this.stage = UptakeStage.INTERESTED;
    this.furthestStage = UptakeStage.INTERESTED;
    this.visibleFrom = UptakeStage.LIVE;
    this.reuserPublic = true;
    this.declaredBy = declaredBy;
    this.declaredAt = Instant.now();
    this.updatedAt = declaredAt;
  }

  /** Moves to a later stage, or ends; a move back or out of an ended entry is refused. */
  boolean moveTo(UptakeStage next) {
    if (next == stage) {
      return false;
    }
    if (stage == UptakeStage.ENDED) {
      throw new InvalidInput("stage", "uptakes.ended");
    }
    if (next != UptakeStage.ENDED && next.ordinal() < stage.ordinal()) {
      throw new InvalidInput("stage", "uptakes.backwards");
    }
    stage = next;
    if (next != UptakeStage.ENDED && next.ordinal() > furthestStage.ordinal()) {
      furthestStage = next;
    }
    updatedAt = Instant.now();
    return true;
  }

  /** The reuser's choice of what the public sees. */
  void visibility(@Nullable UptakeStage visibleFrom, boolean reuserPublic) {
    if (visibleFrom == UptakeStage.ENDED) {
      throw new InvalidInput("visibleFrom", "uptakes.visibleFromEnded");
    }
    this.visibleFrom = visibleFrom;
    this.reuserPublic = reuserPublic;
    updatedAt = Instant.now();
  }

  /** Whether visitors see this entry: it reached the stage its reuser made public. */
  boolean isPublic() {
    return visibleFrom != null && furthestStage.ordinal() >= visibleFrom.ordinal();
  }

  /** Whether the entry is open, so the same reuser cannot declare interest twice. */
  boolean open() {
    return stage != UptakeStage.ENDED;
  }

  void markDemo() {
    demo = true;
  }

  long id() {
    return Objects.requireNonNull(id, "The uptake is not saved yet.");
  }

  long solutionId() {
    return solutionId;
  }

  @Nullable Long reuserLabId() {
    return reuserLabId;
  }

  @Nullable Long reuserOrganisationId() {
    return reuserOrganisationId;
  }

  @Nullable String country() {
    return country;
  }

  @Nullable String region() {
    return region;
  }

  UptakeStage stage() {
    return stage;
  }

  UptakeStage furthestStage() {
    return furthestStage;
  }

  @Nullable UptakeStage visibleFrom() {
    return visibleFrom;
  }

  boolean reuserPublic() {
    return reuserPublic;
  }

  @Nullable Long declaredBy() {
    return declaredBy;
  }

  Instant declaredAt() {
    return declaredAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  boolean demo() {
    return demo;
  }

  long version() {
    return version;
  }
}
