package eu.digilabs.hub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.PasswordService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.notifications.OutboxPersonalData.MailData;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Mails through the one interface, the mails accounts composes, and the account's own rows. */
@HubTest
class NotificationsTests {

  @Autowired ApplicationContext context;
  @Autowired Notifications notifications;
  @Autowired AccountService accounts;
  @Autowired PasswordService passwords;
  @Autowired OutboxPersonalData personalData;
  @Autowired JdbcClient jdbc;

  @Test
  void aMailToAnAccountHolderGoesToTheirAddress() {
    long id = account("holder");
    notifications.mail(id, "Lab news", "Hello");

    assertThat(subjectsTo(accounts.account(id).email())).containsExactly("Lab news");
  }

  @Test
  void aMailToAnUnknownAccountSendsNothing() {
    long before = jdbc.sql("select count(*) from outbox_mail").query(Long.class).single();
    notifications.mail(Long.MAX_VALUE, "Nobody", "Hello");

    assertThat(jdbc.sql("select count(*) from outbox_mail").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void mailsAccountsComposesAreDeliveredAtOnce() {
    long id = account("reset");
    String email = accounts.account(id).email();
    passwords.requestReset(email, Locale.ENGLISH);

    assertThat(subjectsTo(email)).hasSize(1);
  }

  @Test
  void theDownloadListsTheMailsWithoutTheSecretsOfTheirLinks() {
    long id = account("download");
    String email = accounts.account(id).email();
    passwords.requestReset(email, Locale.ENGLISH);

    @SuppressWarnings("unchecked")
    List<MailData> mails = (List<MailData>) personalData.export(id);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).body()).contains("/password/reset?token=***");
    assertThat(bodiesTo(email).get(0)).doesNotContain("token=***");
  }

  @Test
  void erasingAnAccountDeletesOnlyTheMailsToItsAddress() {
    long leaving = account("leaving");
    long staying = account("staying");
    notifications.mail(leaving, "Bye", "Text");
    notifications.mail(staying, "Stay", "Text");

    personalData.erase(leaving);

    assertThat(subjectsTo(accounts.account(leaving).email())).isEmpty();
    assertThat(subjectsTo(accounts.account(staying).email())).containsExactly("Stay");
  }

  private long account(String name) {
    String email = TestAccounts.member(context, name + "-" + UUID.randomUUID() + "@example.org");
    return accounts.byEmail(email).orElseThrow().id();
  }

  private List<String> subjectsTo(String email) {
    return jdbc.sql("select subject from outbox_mail where recipient = ? order by id")
        .param(email)
        .query(String.class)
        .list();
  }

  private List<String> bodiesTo(String email) {
    return jdbc.sql("select body from outbox_mail where recipient = ? order by id")
        .param(email)
        .query(String.class)
        .list();
  }
}
