package eu.digilabs.hub.web;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Where a form may send a person back to: a path of this site, never another host. */
public final class LocalPaths {

  private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s]{0,300}");

  private LocalPaths() {}

  public static String orElse(@Nullable String path, String fallback) {
    return path != null && LOCAL_PATH.matcher(path).matches() ? path : fallback;
  }
}
