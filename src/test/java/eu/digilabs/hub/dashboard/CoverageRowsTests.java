package eu.digilabs.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.reuse.ServiceCoverage.Coverage;
import eu.digilabs.hub.taxonomy.Catalogue.SubjectServices;
import eu.digilabs.hub.taxonomy.ServiceView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageRowsTests {

  static ServiceView entry(long id, String kind, String name) {
    return new ServiceView(id, kind, null, name, "Familie & Kind", false);
  }

  static final List<SubjectServices> CATALOGUE;

  static {
    Map<ServiceView, List<Long>> situations = new LinkedHashMap<>();
    situations.put(entry(10, "SITUATION", "Geburt"), List.of(100L, 101L, 102L));
    situations.put(entry(11, "SITUATION", "Kinderbetreuung"), List.of(110L));
    CATALOGUE = List.of(new SubjectServices(entry(1, "SUBJECT", "Familie & Kind"), situations));
  }

  static final Map<Long, Coverage> COVERED =
      Map.of(
          100L, new Coverage(true, Set.of("DE-BY", "DE-HH")),
          101L, new Coverage(true, Set.of()),
          110L, new Coverage(true, Set.of("DE-HH")));

  @Test
  void aThemenfeldCountsTheServicesOfAllItsLebenslagen() {
    Figures.CoverageRow subject = CoverageRows.of(CATALOGUE, COVERED, null).get(0);

    assertThat(subject.services()).isEqualTo(4);
    assertThat(subject.offered()).isEqualTo(3);
    assertThat(subject.live()).isEqualTo(2);
    assertThat(subject.averageStates()).isEqualTo(1.5);
    assertThat(subject.situations())
        .extracting(
            Figures.CoverageRow::name,
            Figures.CoverageRow::services,
            Figures.CoverageRow::offered,
            Figures.CoverageRow::live)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Geburt", 3L, 2L, 1L),
            org.assertj.core.groups.Tuple.tuple("Kinderbetreuung", 1L, 1L, 1L));
  }

  @Test
  void aStateCountsWhatIsOnlineThere() {
    Figures.CoverageRow bavaria = CoverageRows.of(CATALOGUE, COVERED, "DE-BY").get(0);
    Figures.CoverageRow bremen = CoverageRows.of(CATALOGUE, COVERED, "DE-HB").get(0);

    assertThat(bavaria.offered()).as("offered does not depend on the state").isEqualTo(3);
    assertThat(bavaria.live()).isEqualTo(1);
    assertThat(bavaria.situations().get(1).live()).isZero();
    assertThat(bremen.live()).isZero();
    assertThat(bremen.averageStates()).isZero();
  }
}
