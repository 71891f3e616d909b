package eu.digilabs.hub.accounts;

/** A lab member: who, and whether they may edit. */
public record MemberView(
    long labId, long accountId, String displayName, String email, boolean editor) {}
