package eu.digilabs.hub.reuse;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads single values of a publiccode.yml section the way the standard defines them (required text,
 * a value from a closed list, web addresses, dates, booleans), reporting what is wrong to the
 * section's findings.
 */
final class PubliccodeValues {

  private static final Set<String> WEB_SCHEMES = Set.of("http", "https");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private PubliccodeValues() {}

  /** The value as text, with an error when it is missing. */
  static @Nullable String required(YamlSection section, String key) {
    String text = section.text(key);
    if (text == null) {
      section.findings().error(section.line(key), section.path(key), "required");
    }
    return text;
  }

  /** A required value from a closed list, with an error naming the allowed values. */
  static @Nullable String oneOf(YamlSection section, String key, List<String> allowed) {
    String text = required(section, key);
    if (text != null && !allowed.contains(text)) {
      section
          .findings()
          .error(
              section.line(key), section.path(key), "notAllowed", text, String.join(", ", allowed));
      return null;
    }
    return text;
  }

  /** An optional web address; one that is not http(s) is kept, with a warning. */
  static @Nullable String webAddress(YamlSection section, String key) {
    String text = section.text(key);
    if (text != null && scheme(text, WEB_SCHEMES) == null) {
      section.findings().warning(section.line(key), section.path(key), "notUrl", text);
    }
    return text;
  }

  /** The scheme in lower case, or null when the text is no absolute URL with one of them. */
  static @Nullable String scheme(String text, Set<String> schemes) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return schemes.contains(scheme) && uri.getHost() != null ? scheme : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** An optional date; one not written YYYY-MM-DD is an error. */
  static @Nullable LocalDate date(YamlSection section, String key) {
    String text = section.text(key);
    if (text == null) {
      return null;
    }
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        // reported below
      }
    }
    section.findings().error(section.line(key), section.path(key), "notDate", text);
    return null;
  }

  /** A boolean the standard requires; missing or not a boolean is false, with a warning. */
  static boolean bool(YamlSection section, String key) {
    String text = section.text(key);
    Findings findings = section.findings();
    if (text == null) {
      findings.warning(section.line(key), section.path(key), "standardRequires");
      return false;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> {
        findings.warning(section.line(key), section.path(key), "notBoolean", text);
        yield false;
      }
    };
  }
}
