package eu.digilabs.hub.shared.text;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/** How entities take values from commands: blank text is no value, sets drop empty entries. */
public final class Values {

  private Values() {}

  /** The text without surrounding blanks; null when there is none. */
  public static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** At most {@code max} characters of the text. */
  @Contract("null, _ -> null; !null, _ -> !null")
  public static @Nullable String cut(@Nullable String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  /**
   * Makes the set hold the given values (nulls and blank texts left out), touching it only when
   * they differ, so that an unchanged collection is not written again.
   */
  public static <T> void replace(Set<T> target, @Nullable Collection<T> values) {
    Set<T> wanted = new LinkedHashSet<>();
    if (values != null) {
      values.stream()
          .filter(Objects::nonNull)
          .filter(v -> !(v instanceof String s && s.isBlank()))
          .forEach(wanted::add);
    }
    if (!target.equals(wanted)) {
      target.clear();
      target.addAll(wanted);
    }
  }
}
