package eu.digilabs.hub.dashboard;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's filters, kept in its address ({@code ?country=DE&level=regional}): country, level
 * and policy area narrow the project figures as the same filters narrow the project list; a German
 * state ({@code state=DE-BY}, a region code) narrows the catalogue's coverage to what is live in
 * that state. Projects and labs record no state as a code, so it does not narrow them.
 */
public record DashboardFilter(
    @Nullable String country,
    @Nullable String level,
    @Nullable String policyArea,
    @Nullable String state) {

  public DashboardFilter {
    country = blankToNull(country);
    level = blankToNull(level);
    policyArea = blankToNull(policyArea);
    state = blankToNull(state);
  }

  /** The project filters alone. */
  public DashboardFilter(
      @Nullable String country, @Nullable String level, @Nullable String policyArea) {
    this(country, level, policyArea, null);
  }

  public static DashboardFilter none() {
    return new DashboardFilter(null, null, null, null);
  }

  public boolean any() {
    return country != null || level != null || policyArea != null || state != null;
  }

  /** The filters as a query string, starting with {@code ?}; empty without filters. */
  public String query() {
    return UriComponentsBuilder.newInstance()
        .queryParamIfPresent("country", java.util.Optional.ofNullable(country))
        .queryParamIfPresent("level", java.util.Optional.ofNullable(level))
        .queryParamIfPresent("policyArea", java.util.Optional.ofNullable(policyArea))
        .queryParamIfPresent("state", java.util.Optional.ofNullable(state))
        .build()
        .encode()
        .toUriString();
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
