package eu.digilabs.hub.web;

import eu.digilabs.hub.shared.problems.BodyTooLarge;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.shared.problems.TooManyRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem+json for every API error. Invalid input names each field in {@code errors};
 * stale versions are 409; nothing internal (class names, stack traces) is ever shown.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

  private final MessageSource messages;

  ApiErrors(MessageSource messages) {
    this.messages = messages;
  }

  /** One rejected field of a request body or query. */
  record FieldMessage(String field, String message) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = Languages.supported(request.getLocale());
    List<FieldMessage> errors = new ArrayList<>();
    for (FieldError error : ex.getBindingResult().getFieldErrors()) {
      errors.add(new FieldMessage(error.getField(), messages.getMessage(error, locale)));
    }
    ex.getBindingResult()
        .getGlobalErrors()
        .forEach(e -> errors.add(new FieldMessage("", messages.getMessage(e, locale))));
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(invalid(errors));
  }

  /** A body that is not JSON, or has a value of the wrong type: 400 naming the field. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLarge tooLarge) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(
                ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
      }
    }
    Throwable cause = ex.getCause();
    String field = "";
    if (cause instanceof JacksonException json) {
      field =
          json.getPath().stream()
              .map(
                  r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
              .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
              .orElse("");
    }
    String message =
        field.isEmpty()
            ? "The body is not valid JSON for this request."
            : "has a value of the wrong type";
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(invalid(List.of(new FieldMessage(field, message))));
  }

  @ExceptionHandler(InvalidInput.class)
  ResponseEntity<ProblemDetail> invalidInput(InvalidInput ex, HttpServletRequest request) {
    Locale locale = Languages.supported(RequestContextUtils.getLocale(request));
    List<FieldMessage> errors =
        ex.problems().stream()
            .map(p -> new FieldMessage(p.field(), message(p.code(), p.args(), locale)))
            .toList();
    return problem(invalid(errors));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
    return problem(
        invalid(List.of(new FieldMessage(ex.getName(), "has a value of the wrong type"))));
  }

  @ExceptionHandler(TooManyRequests.class)
  ResponseEntity<ProblemDetail> tooMany(TooManyRequests ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
    problem.setTitle("Too many requests");
    problem.setProperty("retryAfter", ex.retryAfterSeconds());
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound ex) {
    return problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
  }

  @ExceptionHandler({Conflict.class, ObjectOptimisticLockingFailureException.class})
  ResponseEntity<ProblemDetail> conflict(RuntimeException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            ex instanceof Conflict
                ? ex.getMessage()
                : "Someone else changed this item since you loaded it. Reload it and apply your"
                    + " change again.");
    problem.setTitle("Conflict");
    return problem(problem);
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
    return problem(
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "The change conflicts with other data (a duplicate or a reference)."));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than allowed."));
  }

  private static ProblemDetail invalid(List<FieldMessage> errors) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The input is not valid.");
    problem.setTitle("Invalid input");
    problem.setType(URI.create("https://digilabs.eu/problems/invalid-input"));
    problem.setProperties(Map.of("errors", errors));
    return problem;
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private String message(String code, Object @Nullable [] args, Locale locale) {
    String text = messages.getMessage(code, args, code, locale);
    return text == null ? code : text;
  }
}
