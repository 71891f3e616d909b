package eu.digilabs.hub.notifications;

import java.util.regex.Pattern;

/** Secrets in a mail's links (verification, reset and confirmation tokens), and their removal. */
final class SecretLinks {

  /** Secrets in links, as query parameters. */
  private static final Pattern SECRET = Pattern.compile("([?&]token=)[^\\s&#]+");

  /** What stands in the kept text where a secret was. */
  static final String REDACTED = "***";

  private SecretLinks() {}

  /** The text with every link's secret replaced by {@link #REDACTED}. */
  static String redact(String text) {
    return SECRET.matcher(text).replaceAll("$1" + REDACTED);
  }
}
