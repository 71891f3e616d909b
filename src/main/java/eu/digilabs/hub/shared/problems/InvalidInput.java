package eu.digilabs.hub.shared.problems;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Input that passed the annotations but broke a domain rule (an unknown code, a file that is not an
 * image). Pages show each error next to its field; the API answers 400 problem+json.
 */
public class InvalidInput extends RuntimeException {

  /**
   * One rejected field: {@code code} is a message key, {@code args} its arguments. Serializable,
   * since a page carries it over a redirect in the session, which lives in the database.
   */
  public record FieldProblem(String field, String code, @Nullable Object... args)
      implements Serializable {}

  private final List<FieldProblem> problems;

  public InvalidInput(List<FieldProblem> problems) {
    super("Invalid input: " + problems.stream().map(FieldProblem::field).toList());
    this.problems = List.copyOf(problems);
  }

  public InvalidInput(String field, String code, Object... args) {
    this(List.of(new FieldProblem(field, code, args)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** Adds the problems to a page form's binding result. */
  public void rejectInto(BindingResult result) {
    for (FieldProblem problem : problems) {
      result.addError(
          new FieldError(
              result.getObjectName(),
              problem.field(),
              null,
              false,
              new String[] {problem.code()},
              problem.args(),
              problem.code()));
    }
  }
}
