package eu.digilabs.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.projects.ProjectStatistics.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectCountsTests {

  static final List<Facts> PROJECTS =
      List.of(
          new Facts(1, "DE", "regional", "live", 2021, List.of("health"), List.of("chatbot", "ai")),
          new Facts(2, "DE", "federal", "pilot", 2023, List.of("mobility"), List.of("chatbot")),
          new Facts(3, "EE", "national", "live", 2021, List.of("health", "mobility"), List.of()),
          new Facts(4, null, null, null, null, List.of(), List.of("robotics")));

  @Test
  void countsEveryProjectOnceAndEachTechnologyItNames() {
    ProjectCounts all = ProjectCounts.of(PROJECTS, DashboardFilter.none());

    assertThat(all.total()).isEqualTo(4);
    assertThat(all.byStatus()).containsExactly(entry("live", 2), entry("pilot", 1));
    assertThat(all.byTechnology())
        .as("the largest first, equal counts by code")
        .containsExactly(entry("chatbot", 2), entry("ai", 1), entry("robotics", 1));
    assertThat(all.byCountry()).containsExactly(entry("DE", 2), entry("EE", 1));
    assertThat(all.byYear())
        .as("years in their order")
        .containsExactly(entry("2021", 2), entry("2023", 1));
  }

  @Test
  void filtersMatchAsTheProjectListsDo() {
    assertThat(ProjectCounts.of(PROJECTS, new DashboardFilter("DE", null, null)).total())
        .isEqualTo(2);
    assertThat(ProjectCounts.of(PROJECTS, new DashboardFilter("DE", "federal", null)).byStatus())
        .containsExactly(entry("pilot", 1));
    assertThat(ProjectCounts.of(PROJECTS, new DashboardFilter(null, null, "mobility")).byCountry())
        .as("a policy area among the project's")
        .containsExactly(entry("DE", 1), entry("EE", 1));
    assertThat(ProjectCounts.of(PROJECTS, new DashboardFilter("FR", null, null)).byStatus())
        .isEmpty();
  }

  static java.util.Map.Entry<String, Long> entry(String code, long count) {
    return java.util.Map.entry(code, count);
  }
}
