package eu.digilabs.hub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.accounts.AccountMailComposed;
import eu.digilabs.hub.events.EventService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The notifications module with the accounts module it reads addresses from, and none of the
 * content modules: a mail the accounts module composed (verification, reset, provider link) is
 * delivered into the outbox.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.DIRECT_DEPENDENCIES,
    extraIncludes = {"shared", "web"})
@ActiveProfiles("test")
// The readiness group names the search index's and the assistant's health, which are not started.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class AccountMailsModuleTests {

  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @Test
  void aMailTheAccountsModuleComposedReachesTheOutbox(Scenario scenario) {
    scenario
        .publish(
            new AccountMailComposed(
                "ada@module.example", "Confirm your address", "Open the link to confirm."))
        .andWaitForStateChange(() -> subjectsTo("ada@module.example"), found -> !found.isEmpty())
        .andVerify(found -> assertThat(found).containsExactly("Confirm your address"));
  }

  @Test
  void startsWithoutTheContentModules() {
    assertThat(context.getBeanNamesForType(EventService.class)).isEmpty();
    assertThat(context.getBeanNamesForType(Notifications.class)).hasSize(1);
  }

  private List<String> subjectsTo(String email) {
    return jdbc.sql("select subject from outbox_mail where recipient = ? order by id")
        .param(email)
        .query(String.class)
        .list();
  }
}
