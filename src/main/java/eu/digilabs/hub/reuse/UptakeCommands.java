package eu.digilabs.hub.reuse;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What people send to take a solution up and to move an uptake along. */
public final class UptakeCommands {

  /** The value of {@code visibleFrom} that keeps an entry from ever being public. */
  public static final String NEVER = "never";

  private UptakeCommands() {}

  /**
   * A declaration of interest on behalf of a lab (the declarer must belong to it) or an
   * organisation; {@code country} defaults to the lab's, {@code region} is a German state.
   */
  public record Declare(
      @Nullable Long reuserLabId,
      @Nullable Long reuserOrganisationId,
      @Size(max = 10) @Nullable String country,
      @Size(max = 10) @Nullable String region,
      @Size(max = 2000) @Nullable String note) {}

  /** A move to a stage, effective on the given day (today if left out). */
  public record Move(
      @NotBlank @Size(max = 20) String stage,
      @Size(max = 2000) @Nullable String note,
      @Nullable LocalDate on,
      @Nullable Long version) {}

  /** A note from the provider (an answer) or the reuser. */
  public record Note(@NotBlank @Size(max = 2000) String note) {}

  /**
   * The reuser's choice: from which stage on the entry is public ({@code never}, or blank, for
   * never) and whether it names the reuser. A value left out (null) stays as it is.
   */
  public record Visibility(
      @Size(max = 20) @Nullable String visibleFrom,
      @Nullable Boolean reuserPublic,
      @Nullable Long version) {}
}
