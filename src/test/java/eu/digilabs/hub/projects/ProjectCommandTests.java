package eu.digilabs.hub.projects;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What a project command accepts before the service checks it against stored data. */
class ProjectCommandTests {

  private static final ValidatorFactory FACTORY =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static ProjectCommand command(
      String title, String reuseUrl, List<ProjectCommand.Link> links) {
    return new ProjectCommand(
        title, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, reuseUrl, null, links, null, null);
  }

  private static List<String> invalidFields(ProjectCommand command) {
    Set<ConstraintViolation<ProjectCommand>> violations = VALIDATOR.validate(command);
    return violations.stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
  }

  @Test
  void listsLeftOutAreEmptyNullEntriesAreDroppedAndReusableIsFalse() {
    List<Long> partners = new ArrayList<>(Arrays.asList(3L, null, 4L));
    ProjectCommand command =
        new ProjectCommand(
            "Title", null, null, null, partners, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null);

    assertThat(command.partnerLabIds()).containsExactly(3L, 4L);
    assertThat(command.technologies()).isEmpty();
    assertThat(command.links()).isEmpty();
    assertThat(command.reusable()).isFalse();
  }

  @Test
  void aCompleteCommandIsValid() {
    assertThat(
            invalidFields(
                command(
                    "Title",
                    "https://example.org/reuse",
                    List.of(new ProjectCommand.Link(null, "https://example.org")))))
        .isEmpty();
  }

  @Test
  void aTitleIsRequiredAndAddressesMustBeWebAddresses() {
    assertThat(
            invalidFields(
                command(
                    " ",
                    "ftp://example.org",
                    List.of(new ProjectCommand.Link("Code", "javascript:alert(1)")))))
        .containsExactly("links[0].url", "reuseUrl", "title");
  }

  @Test
  void aFigureNeedsALabelAndAnAmountOfAtMostFourDecimals() {
    ProjectCommand.Figure figure = new ProjectCommand.Figure("", new BigDecimal("1.23456"), null);

    assertThat(VALIDATOR.validate(figure).stream().map(v -> v.getPropertyPath().toString()))
        .containsExactlyInAnyOrder("label", "amount");
  }
}
