package eu.digilabs.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import eu.digilabs.hub.accounts.DemoAccounts;
import eu.digilabs.hub.labs.LabService;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo content may be loaded while the site already serves, but without it the demo accounts of an
 * earlier demo start (whose password is published) are disabled before anybody is served.
 */
class DemoContentStartTests {

  @Test
  void demoContentIsLoadedWhileTheSiteServes() {
    assertThat(demoContent(true, "default").beforeServing()).isFalse();
  }

  @Test
  void withDemoContentOffTheDemoAccountsAreDisabledBeforeServing() {
    assertThat(demoContent(false, "default").beforeServing()).isTrue();
  }

  @Test
  void inTheProdProfileTheDemoAccountsAreDisabledBeforeServing() {
    assertThat(demoContent(true, "prod").beforeServing()).isTrue();
  }

  private static DemoContent demoContent(boolean enabled, String profile) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles(profile);
    return new DemoContent(
        mock(DemoLoaders.class),
        mock(LabService.class),
        mock(DemoAccounts.class),
        mock(PendingServiceLinks.class),
        mock(RunAs.class),
        mock(TransactionTemplate.class),
        environment,
        new DemoProperties(enabled));
  }
}
