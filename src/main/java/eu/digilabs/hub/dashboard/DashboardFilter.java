package eu.digilabs.hub.dashboard;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's filters, kept in its address ({@code ?country=DE&level=regional}); they narrow
 * the project figures as the same filters narrow the project list.
 */
public record DashboardFilter(
    @Nullable String country, @Nullable String level, @Nullable String policyArea) {

  public DashboardFilter {
    country = blankToNull(country);
    level = blankToNull(level);
    policyArea = blankToNull(policyArea);
  }

  public static DashboardFilter none() {
    return new DashboardFilter(null, null, null);
  }

  public boolean any() {
    return country != null || level != null || policyArea != null;
  }

  /** The filters as a query string, starting with {@code ?}; empty without filters. */
  public String query() {
    return UriComponentsBuilder.newInstance()
        .queryParamIfPresent("country", java.util.Optional.ofNullable(country))
        .queryParamIfPresent("level", java.util.Optional.ofNullable(level))
        .queryParamIfPresent("policyArea", java.util.Optional.ofNullable(policyArea))
        .build()
        .encode()
        .toUriString();
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
