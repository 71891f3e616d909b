package eu.digilabs.hub.accounts;

/** What an API token may do: read (GET and HEAD only) or write (whatever the account may). */
public enum TokenScope {
  READ,
  WRITE;

  /** The authority a write token (and nothing else in the API) carries. */
  static final String WRITE_AUTHORITY = "SCOPE_write";
}
