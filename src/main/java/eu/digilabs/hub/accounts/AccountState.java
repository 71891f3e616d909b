package eu.digilabs.hub.accounts;

/** What every signed-in request checks against its session: loaded with one small query. */
public record AccountState(boolean admin, boolean disabled, long stamp) {}
