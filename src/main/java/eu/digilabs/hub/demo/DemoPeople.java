package eu.digilabs.hub.demo;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.DemoAccounts;
import java.util.List;
import org.springframework.stereotype.Component;

/** Creates the demo accounts and adds them to their labs, as a lab's editor would. */
@Component
class DemoPeople {

  private final DemoAccounts demoAccounts;
  private final AccountService accounts;

  DemoPeople(DemoAccounts demoAccounts, AccountService accounts) {
    this.demoAccounts = demoAccounts;
    this.accounts = accounts;
  }

  void load(List<PersonEntry> people, DemoKeys keys, String password) {
    for (PersonEntry person : people) {
      demoAccounts.create(person.email(), person.displayName(), password);
      person.editorOf().forEach(lab -> accounts.addMember(keys.lab(lab), person.email(), true));
      person.memberOf().forEach(lab -> accounts.addMember(keys.lab(lab), person.email(), false));
    }
  }
}
