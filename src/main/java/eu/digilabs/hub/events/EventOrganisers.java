package eu.digilabs.hub.events;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.AccountView;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.InvalidInput;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's organisers: those who manage it add people with an account; only editors of its labs
 * and admins remove them.
 */
@Service
@Transactional(readOnly = true)
public class EventOrganisers {

  private final Events events;
  private final EventAccess access;
  private final AccountService accounts;
  private final Rights rights;

  EventOrganisers(Events events, EventAccess access, AccountService accounts, Rights rights) {
    this.events = events;
    this.access = access;
    this.accounts = accounts;
    this.rights = rights;
  }

  /** Organiser accounts by id, with name and address, for the organiser page. */
  public Map<Long, String> organisers(long eventId) {
    Event event = access.managed(eventId);
    Map<Long, String> names = new LinkedHashMap<>();
    accounts.views(event.organiserIds()).values().stream()
        .sorted(Comparator.comparing(AccountView::displayName))
        .forEach(a -> names.put(a.id(), a.displayName() + " <" + a.email() + ">"));
    return names;
  }

  /** Whether the signed-in person may remove organisers: editors of the event's labs, admins. */
  public boolean mayRemoveOrganisers(long eventId) {
    return events.findById(eventId).map(access::mayRemoveOrganisers).orElse(false);
  }

  /** Makes someone with an account an organiser of the event. */
  @Transactional
  public void addOrganiser(long eventId, String email) {
    Event event = access.managed(eventId);
    AccountView account =
        accounts
            .byEmail(email == null ? "" : email)
            .orElseThrow(() -> new InvalidInput("email", "events.error.noAccount"));
    event.addOrganiser(account.id());
  }

  /** Removes an organiser: only editors of the event's labs and admins, not organisers. */
  @Transactional
  public void removeOrganiser(long eventId, long accountId) {
    Event event = events.findById(eventId).orElseThrow(() -> EventAccess.notFound(eventId));
    rights.requireMember();
    if (!access.mayRemoveOrganisers(event)) {
      throw new Forbidden("not an editor of the labs of event " + eventId);
    }
    event.removeOrganiser(accountId);
  }
}
