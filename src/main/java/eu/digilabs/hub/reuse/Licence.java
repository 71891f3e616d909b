package eu.digilabs.hub.reuse;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * What {@link Licences#check} found out about one SPDX licence expression: whether it is valid,
 * whether it is open source, which family of licences it belongs to, and a hint for the user when
 * it could be written better.
 *
 * @param expression the expression as given, without surrounding spaces
 * @param validity whether the expression is a valid SPDX expression
 * @param openSource whether the software may be used, changed and shared under it (OSI approved or
 *     free in the FSF's sense, or public domain); for {@code OR} one open branch is enough, for
 *     {@code AND} every part must be open
 * @param family the family of the expression (see {@link Family})
 * @param hint what to tell the user: why it is invalid or deprecated, or how SPDX spells it; null
 *     when there is nothing to say
 */
public record Licence(
    String expression, Validity validity, boolean openSource, Family family, @Nullable Hint hint) {

  public Licence {
    expression = expression.strip();
  }

  /** Whether an expression is a valid SPDX expression. */
  public enum Validity {
    /** A valid expression of current SPDX ids. */
    VALID,
    /** Valid, but with an id that SPDX has deprecated, such as {@code GPL-3.0}. */
    DEPRECATED,
    /** Not an SPDX expression. */
    INVALID,
    /** Nothing given. */
    BLANK;

    /** The value in kebab case, for URLs, forms and message keys. */
    public String code() {
      return codeOf(this);
    }
  }

  /**
   * Families of licences, from the terms a reuser must accept. For {@code AND} the most restrictive
   * family present counts, for {@code OR} the family of the first open branch.
   */
  public enum Family {
    /** Changed versions must be shared under the same licence: GPL, AGPL, EUPL, OSL, CeCILL 2.1. */
    COPYLEFT,
    /** Changes to the licensed files must be shared: LGPL, MPL, EPL, CDDL. */
    WEAK_COPYLEFT,
    /** Few conditions beyond attribution: MIT, BSD, Apache, ISC, Zlib. */
    PERMISSIVE,
    /** No conditions at all: CC0, Unlicense. */
    PUBLIC_DOMAIN,
    /** Not an open licence: a valid SPDX id that is not open, or a {@code LicenseRef-}. */
    PROPRIETARY,
    /** Nothing given, or not an SPDX expression. */
    UNKNOWN;

    /** The value in kebab case ({@code weak-copyleft}), for URLs, forms and message keys. */
    public String code() {
      return codeOf(this);
    }

    /** The family with this {@link #code()}. */
    public static Family ofCode(String code) {
      for (Family family : values()) {
        if (family.code().equals(code)) {
          return family;
        }
      }
      throw new IllegalArgumentException("No licence family " + code);
    }

    /** How much a reuser is bound: the higher, the more restrictive. */
    int restriction() {
      return switch (this) {
        case PUBLIC_DOMAIN -> 0;
        case PERMISSIVE -> 1;
        case WEAK_COPYLEFT -> 2;
        case COPYLEFT -> 3;
        case PROPRIETARY -> 4;
        case UNKNOWN -> 5;
      };
    }
  }

  /**
   * A message for the user, as a message key (prefix {@code licences.hint.}) with its arguments;
   * pass it to a {@code MessageSource} as it is.
   */
  public record Hint(String key, List<String> args) implements MessageSourceResolvable {

    public Hint {
      args = List.copyOf(args);
    }

    static Hint of(String key, String... args) {
      return new Hint(key, List.of(args));
    }

    @Override
    public String[] getCodes() {
      return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
      return args.toArray();
    }
  }

  private static String codeOf(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
