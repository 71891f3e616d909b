package eu.digilabs.hub.demo;

import eu.digilabs.hub.accounts.SystemAccount;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs start-up work signed in as the system account (the first admin), so that it goes through the
 * services' rights checks like a person's; the previous security context comes back afterwards.
 */
@Component
class RunAs {

  private final SystemAccount system;

  RunAs(SystemAccount system) {
    this.system = system;
  }

  <T> T system(Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(system.authentication());
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  void system(Runnable work) {
    system(
        () -> {
          work.run();
          return null;
        });
  }
}
