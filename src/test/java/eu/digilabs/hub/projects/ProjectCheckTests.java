package eu.digilabs.hub.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.labs.OrganisationDirectory;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A project command is checked against what exists, every problem named by its field. */
class ProjectCheckTests {

  private final LabDirectory labs = mock(LabDirectory.class);
  private final OrganisationDirectory organisations = mock(OrganisationDirectory.class);
  private final Taxonomy taxonomy = mock(Taxonomy.class);
  private final Catalogue catalogue = mock(Catalogue.class);
  private final ProjectCheck check = new ProjectCheck(labs, organisations, taxonomy, catalogue);

  @BeforeEach
  void knownThings() {
    when(labs.exists(1L)).thenReturn(true);
    when(organisations.organisationExists(5L)).thenReturn(true);
    when(taxonomy.exists(any(Vocabulary.class), anyString())).thenReturn(true);
    when(taxonomy.exists(Vocabulary.COUNTRY, "XX")).thenReturn(false);
    when(taxonomy.exists(Vocabulary.TECHNOLOGY, "telepathy")).thenReturn(false);
    doCallRealMethod().when(taxonomy).check(any(), anyString(), any(), any());
    when(catalogue.unknown(any())).thenAnswer(call -> List.of());
    when(catalogue.unknown(List.of(99L))).thenReturn(List.of(99L));
  }

  private static ProjectCommand command(
      Long lead,
      List<Long> partners,
      List<Long> organisations,
      String country,
      List<String> technologies,
      List<Long> services,
      LocalDate start,
      LocalDate goLive) {
    return new ProjectCommand(
        "Title",
        null,
        null,
        lead,
        partners,
        organisations,
        country,
        null,
        List.of(),
        services,
        technologies,
        null,
        null,
        start,
        goLive,
        null,
        List.of(),
        null,
        null,
        null,
        List.of(),
        List.of(),
        false,
        null,
        null,
        List.of(),
        null,
        null);
  }

  private List<String> problems(ProjectCommand command) {
    InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> check.check(command));
    return invalid == null
        ? List.of()
        : invalid.problems().stream().map(p -> p.field() + " " + p.code()).toList();
  }

  @Test
  void aCommandNamingOnlyKnownThingsPasses() {
    ProjectCommand valid =
        command(
            1L,
            List.of(1L),
            List.of(5L),
            "DE",
            List.of("ai"),
            List.of(),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 6, 1));

    assertThatCode(() -> check.check(valid)).doesNotThrowAnyException();
  }

  @Test
  void everyUnknownReferenceIsAProblemOfItsField() {
    ProjectCommand unknown =
        command(
            2L, List.of(1L, 3L), List.of(6L), "XX", List.of("telepathy"), List.of(99L), null, null);

    assertThat(problems(unknown))
        .containsExactly(
            "leadLabId validation.unknownId",
            "partnerLabIds validation.unknownId",
            "partnerOrganisationIds validation.unknownId",
            "country validation.unknownTerm",
            "technologies validation.unknownTerm",
            "serviceIds validation.unknownId");
  }

  @Test
  void aProjectCannotGoLiveBeforeItStarts() {
    ProjectCommand backwards =
        command(
            null,
            List.of(),
            List.of(),
            null,
            List.of(),
            List.of(),
            LocalDate.of(2025, 6, 1),
            LocalDate.of(2025, 1, 1));

    assertThat(problems(backwards)).containsExactly("goLiveDate projects.goLiveBeforeStart");
  }

  @Test
  void theUnknownIdIsNamedInTheProblem() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                check.check(
                    command(2L, List.of(), List.of(), null, List.of(), List.of(), null, null)));

    assertThat(invalid.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.args()).containsExactly(2L));
  }
}
