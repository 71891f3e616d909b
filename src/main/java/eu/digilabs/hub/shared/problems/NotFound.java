package eu.digilabs.hub.shared.problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing (visible to this person) exists under the address asked for. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

  public NotFound(String what) {
    super(what + " not found");
  }
}
