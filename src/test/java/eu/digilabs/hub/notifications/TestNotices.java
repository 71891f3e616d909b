package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.AccountService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What tests read of the notices addressed to a member. */
public final class TestNotices {

  private TestNotices() {}

  /** How many notices of this kind ({@code reply}, {@code mention}) the member has. */
  public static long count(ApplicationContext context, String email, String kind) {
    return context
        .getBean(JdbcClient.class)
        .sql("select count(*) from notice where account_id = ? and kind = ?")
        .params(account(context, email), kind)
        .query(Long.class)
        .single();
  }

  /** How many of the member's notices are unread. */
  public static long unread(ApplicationContext context, String email) {
    return context
        .getBean(JdbcClient.class)
        .sql("select count(*) from notice where account_id = ? and read_at is null")
        .param(account(context, email))
        .query(Long.class)
        .single();
  }

  private static long account(ApplicationContext context, String email) {
    return context.getBean(AccountService.class).byEmail(email).orElseThrow().id();
  }
}
