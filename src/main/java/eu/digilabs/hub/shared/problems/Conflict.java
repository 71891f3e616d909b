package eu.digilabs.hub.shared.problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The write was based on a version that someone else has changed since (optimistic locking). */
@ResponseStatus(HttpStatus.CONFLICT)
public class Conflict extends RuntimeException {

  public Conflict(String message) {
    super(message);
  }
}
