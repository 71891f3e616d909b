/**
 * Accounts, sign-in (form login, optional OIDC), roles, lab memberships, API tokens and mail. Other
 * modules ask {@link eu.digilabs.hub.accounts.Rights} who may write.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web"})
package eu.digilabs.hub.accounts;
