package eu.digilabs.hub.accounts;

/**
 * What one module holds about an account. Each module implements it for its own tables; the
 * accounts module collects every implementation for "Download my data" and "Delete my account".
 */
public interface PersonalData {

  /** The section's name in the download, such as {@code events}. */
  String section();

  /**
   * Everything the module holds about the account, ready to be written as JSON: records, lists and
   * maps of plain values. Never secrets, hashes or other people's personal data.
   */
  Object export(long accountId);

  /**
   * Deletes what is personal (registrations, feedback, enrolments, ...) and unlinks the account
   * from public content it authored, which then shows a former member as its author. Runs inside
   * the deletion's transaction: throwing undoes the whole deletion.
   */
  void erase(long accountId);
}
