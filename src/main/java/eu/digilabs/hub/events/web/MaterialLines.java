package eu.digilabs.hub.events.web;

import eu.digilabs.hub.events.SessionView.MaterialView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a session's materials as organisers type them, one per line: {@code kind | title | url}, or
 * just an address, which becomes a link. Blank lines are left out; the service checks kinds and
 * addresses.
 */
final class MaterialLines {

  private MaterialLines() {}

  static List<MaterialView> parse(String text) {
    List<MaterialView> parsed = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\\|", 3);
      parsed.add(
          parts.length == 3
              ? new MaterialView(
                  parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip(), parts[2].strip())
              : new MaterialView("link", null, line.strip()));
    }
    return parsed;
  }
}
