package eu.digilabs.hub.accounts;

/**
 * Accounts composed a mail for an address (verification, password reset, password changed, provider
 * link confirmation); the {@code notifications} module delivers it while the request runs.
 * Published as a plain application event, never through the event publication registry: its links
 * carry secrets.
 */
public record AccountMailComposed(String address, String subject, String body) {}
