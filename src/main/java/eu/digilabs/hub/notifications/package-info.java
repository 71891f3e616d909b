/**
 * Notifications: every mail the hub sends, the outbox that keeps them (read by admins on {@code
 * /admin/outbox}, purged by {@link eu.digilabs.hub.notifications.OutboxRetention}), and what a
 * person is told when something they care about happens. The coming cooperation features (following
 * labs, projects and people; digests of what changed) live here and listen to the other modules'
 * events.
 *
 * <p>Other modules send through one interface, {@link eu.digilabs.hub.notifications.Notifications}.
 * The module depends on {@code accounts} for an account's address and for {@code
 * accounts.PersonalData}; so that there is no cycle, {@code accounts} never calls this module: it
 * states {@link eu.digilabs.hub.accounts.AccountMailComposed} (verification, reset, password change
 * and provider-link mails), which {@link eu.digilabs.hub.notifications.AccountMails} delivers at
 * once, inside the request, as before. That event is not a module-event publication on purpose: its
 * links carry secrets, which must not be kept in the event publication registry.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "web", "accounts"})
package eu.digilabs.hub.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
