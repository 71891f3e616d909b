package eu.digilabs.hub.shared.items;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading and writing item keys: a type, a colon and an id or code. */
public final class ItemKeys {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z-]{1,30}:[A-Za-z0-9._-]{1,80}");

  private ItemKeys() {}

  public static String of(String type, Object id) {
    return type + ":" + id;
  }

  /** Whether the text has the shape of a key; says nothing about whether the item exists. */
  public static boolean valid(String key) {
    return KEY.matcher(key).matches();
  }

  public static String type(String key) {
    int colon = key.indexOf(':');
    return colon < 0 ? key : key.substring(0, colon);
  }

  public static String id(String key) {
    int colon = key.indexOf(':');
    return colon < 0 ? "" : key.substring(colon + 1);
  }

  /** The numeric ids of the keys of one type (keys of other types or with codes left out). */
  public static List<Long> numericIds(Collection<String> keys, String type) {
    return keys.stream()
        .filter(key -> type.equals(type(key)))
        .flatMap(key -> numericId(key).stream())
        .distinct()
        .toList();
  }

  /** The numeric id of keys like {@code project:12}, empty for codes. */
  public static Optional<Long> numericId(String key) {
    String id = id(key);
    if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(id));
  }
}
