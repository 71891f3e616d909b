package eu.digilabs.hub.accounts;

/** Who sees a member's profile (name, organisation, expertise, languages, labs). */
public enum ProfileVisibility {
  /** Nobody but the member (the default). */
  PRIVATE,
  /** Signed-in members. */
  MEMBERS,
  /** Everyone, visitors included. */
  PUBLIC
}
