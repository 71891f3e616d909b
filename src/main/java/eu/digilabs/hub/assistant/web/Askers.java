package eu.digilabs.hub.assistant.web;

import eu.digilabs.hub.accounts.Rights;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Who is asking, for the question limit: the account when signed in, else the address. */
@Component
class Askers {

  private final Rights rights;

  Askers(Rights rights) {
    this.rights = rights;
  }

  String of(HttpServletRequest request) {
    return rights
        .currentAccountId()
        .map(id -> "account:" + id)
        .orElseGet(() -> "address:" + request.getRemoteAddr());
  }
}
