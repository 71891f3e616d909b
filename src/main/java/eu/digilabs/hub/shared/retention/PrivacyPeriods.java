package eu.digilabs.hub.shared.retention;

/**
 * The periods the privacy page lists: how long data is kept, and after how many minutes without a
 * request the session cookie's sign-in ends, and that cookie's name (configurable; {@code
 * __Host-hub-session} in {@code prod}).
 */
public record PrivacyPeriods(
    RetentionProperties retention, long sessionMinutes, String sessionCookie) {}
