package eu.digilabs.hub.accounts;

/** An API request's account, as its token says, and what the token may do. */
record TokenSignIn(HubPrincipal principal, TokenScope scope) {}
