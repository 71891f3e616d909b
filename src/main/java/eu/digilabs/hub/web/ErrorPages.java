package eu.digilabs.hub.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Friendly error pages in the visitor's language, and problem+json for API clients. Never shows a
 * stack trace or exception message.
 */
@Controller
class ErrorPages implements ErrorController {

  private final MessageSource messages;
  private final Site site;
  private final ObjectProvider<UnreadNotices> unread;

  ErrorPages(MessageSource messages, Site site, ObjectProvider<UnreadNotices> unread) {
    this.unread = unread;
    this.messages = messages;
    this.site = site;
  }

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
    HttpStatus status = status(request);
    response.setStatus(status.value());
    int code =
        switch (status.value()) {
          case 400, 403, 404, 405, 409, 413, 429 -> status.value();
          default -> status.is4xxClientError() ? 400 : 500;
        };
    Map<String, Object> model = new HashMap<>();
    model.put("ui", UiAdvice.create(request, messages, site, unread));
    model.put("status", code);
    String retryAfter = response.getHeader(HttpHeaders.RETRY_AFTER);
    if (retryAfter != null && retryAfter.matches("\\d{1,9}")) {
      model.put("retryAfter", retryAfter);
    }
    return new ModelAndView("error", model, status);
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    HttpStatus status = status(request);
    ProblemDetail problem = ProblemDetail.forStatus(status);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri != null) {
      problem.setInstance(URI.create(uri.toString()));
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer value
            ? HttpStatus.resolve(value)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }
}
