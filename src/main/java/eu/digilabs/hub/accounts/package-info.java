/**
 * Accounts, sign-in (form login, optional OIDC), roles, lab memberships and API tokens. Other
 * modules ask {@link eu.digilabs.hub.accounts.Rights} who may write. Mail is the {@code
 * notifications} module's: accounts composes its own mails (verification, reset, password changed,
 * provider link) and states them as {@link eu.digilabs.hub.accounts.AccountMailComposed}, so that
 * accounts depends on no module that depends on it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "web"})
package eu.digilabs.hub.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
