package eu.digilabs.hub.demo;

import eu.digilabs.hub.accounts.DemoAccounts;
import eu.digilabs.hub.labs.LabFilter;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo content ({@code demo/*.json}: labs, accounts, projects, events, articles, failure
 * reports) into an empty store, in one transaction, through the same commands as a person's, acting
 * as the system account. Everything it creates is marked as demo. It never runs with the {@code
 * prod} profile, whatever {@code hub.demo.enabled} says; with demo content off (or {@code prod})
 * the demo accounts, which have a published password, cannot sign in, even if an earlier start
 * created them.
 */
@Component
class DemoContent extends StartupTask {

  private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

  /** Password of the demo accounts, which exist only in demo installations. */
  static final String DEMO_PASSWORD = "digilabs-demo-2021";

  private final DemoLoaders loaders;
  private final LabService labs;
  private final DemoAccounts demoAccounts;
  private final PendingServiceLinks pending;
  private final RunAs runAs;
  private final TransactionTemplate transactions;
  private final Environment environment;
  private final boolean enabled;

  DemoContent(
      DemoLoaders loaders,
      LabService labs,
      DemoAccounts demoAccounts,
      PendingServiceLinks pending,
      RunAs runAs,
      TransactionTemplate transactions,
      Environment environment,
      DemoProperties properties) {
    this.loaders = loaders;
    this.labs = labs;
    this.demoAccounts = demoAccounts;
    this.pending = pending;
    this.runAs = runAs;
    this.transactions = transactions;
    this.environment = environment;
    this.enabled = properties.enabled();
  }

  @Override
  public int getPhase() {
    return DEMO;
  }

  /**
   * With demo content off, the demo accounts of an earlier demo start are disabled before anybody
   * is served: their password is published. Loading demo content can wait.
   */
  @Override
  protected boolean beforeServing() {
    return !demoWanted();
  }

  private boolean demoWanted() {
    return enabled && !environment.acceptsProfiles(Profiles.of("prod"));
  }

  @Override
  protected void run() {
    if (!demoWanted()) {
      int disabled = demoAccounts.disableAll();
      if (disabled > 0) {
        log.info("Demo content is off: {} demo accounts can no longer sign in", disabled);
      }
      // Nothing may act for the demo any more, not even links waiting for the catalogue.
      pending.deleteAll();
      return;
    }
    runAs.system(() -> demoAccounts.restoreAll(DEMO_PASSWORD));
    if (labs.list(LabFilter.none(), PageRequest.of(0, 1)).getTotalElements() > 0) {
      return;
    }
    runAs.system(() -> transactions.executeWithoutResult(status -> loaders.load(DEMO_PASSWORD)));
    log.info(
        "Demo content loaded (demo accounts: editor@demo.digilabs.localhost, member@demo.digilabs.localhost, password {})",
        DEMO_PASSWORD);
  }
}
