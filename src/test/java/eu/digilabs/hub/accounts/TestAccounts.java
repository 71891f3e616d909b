package eu.digilabs.hub.accounts;

import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Acts as an account: signs MockMvc requests in the way form sign-in would, or runs service calls
 * signed in (as an account or as the system account, the first admin).
 */
public final class TestAccounts {

  private TestAccounts() {}

  public static RequestPostProcessor as(ApplicationContext context, String email) {
    return SecurityMockMvcRequestPostProcessors.authentication(authentication(context, email));
  }

  /** The authentication form sign-in would produce for this account. */
  public static Authentication authentication(ApplicationContext context, String email) {
    Account account =
        context
            .getBean(Accounts.class)
            .findByEmailIgnoreCase(email)
            .orElseThrow(() -> new IllegalArgumentException(email));
    return HubPrincipal.signedIn(account, Instant.now());
  }

  /** Runs the work signed in as the account, as a request of theirs would. */
  public static <T> T acting(ApplicationContext context, String email, Supplier<T> work) {
    return signedIn(authentication(context, email), work);
  }

  /** Runs the work signed in as the account, as a request of theirs would. */
  public static void acting(ApplicationContext context, String email, Runnable work) {
    acting(
        context,
        email,
        () -> {
          work.run();
          return null;
        });
  }

  /** Runs the work as the system account (the first admin), as demo content is loaded. */
  public static <T> T asAdmin(ApplicationContext context, Supplier<T> work) {
    return signedIn(context.getBean(SystemAccount.class).authentication(), work);
  }

  public static void asAdmin(ApplicationContext context, Runnable work) {
    asAdmin(
        context,
        () -> {
          work.run();
          return null;
        });
  }

  private static <T> T signedIn(Authentication authentication, Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
    signedIn.setAuthentication(authentication);
    SecurityContextHolder.setContext(signedIn);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  /** Creates a verified member (no lab) and returns its email. */
  public static String member(ApplicationContext context, String email) {
    context
        .getBean(AccountService.class)
        .seedAccount(email, "Test " + email, "member-password-1", false, false);
    return email;
  }

  /** Creates a verified member (no lab) with the given name and returns its email. */
  public static String member(ApplicationContext context, String email, String name) {
    context
        .getBean(AccountService.class)
        .seedAccount(email, name, "member-password-1", false, false);
    return email;
  }

  /** Creates a demo account (as the demo content would) and returns its id. */
  public static long demoAccount(
      ApplicationContext context, String email, String name, String password) {
    return asAdmin(
        context, () -> context.getBean(DemoAccounts.class).create(email, name, password));
  }

  /** Adds the account to the lab (as an admin would) and returns its id. */
  public static long inLab(ApplicationContext context, long labId, String email, boolean editor) {
    asAdmin(context, () -> context.getBean(AccountService.class).addMember(labId, email, editor));
    return context.getBean(Accounts.class).findByEmailIgnoreCase(email).orElseThrow().id();
  }
}
