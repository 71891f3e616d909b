package eu.digilabs.hub.reuse;

import eu.digilabs.hub.reuse.Licence.Family;
import eu.digilabs.hub.reuse.Licence.Hint;
import eu.digilabs.hub.reuse.Licence.Validity;
import eu.digilabs.hub.reuse.SpdxExpression.Addition;
import eu.digilabs.hub.reuse.SpdxExpression.All;
import eu.digilabs.hub.reuse.SpdxExpression.Any;
import eu.digilabs.hub.reuse.SpdxExpression.Id;
import eu.digilabs.hub.reuse.SpdxExpression.Malformed;
import eu.digilabs.hub.reuse.SpdxExpression.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The SPDX License List, and the check of licence expressions against it: valid or not, open source
 * or not, which family, and a hint for common mistakes ({@code EUPL-1.2-or-later}, a licence's name
 * instead of its id, deprecated ids such as {@code GPL-3.0}). Immutable and thread-safe: load it
 * once with {@link #load()} and share it.
 *
 * <p>The list comes from {@code reuse/spdx-licences.tsv}, the exceptions for {@code WITH} from
 * {@code reuse/spdx-exceptions.tsv} and the families from {@code reuse/licence-families.tsv}; their
 * header lines name their sources.
 */
public final class Licences {

  private static final String LICENCES = "/reuse/spdx-licences.tsv";
  private static final String EXCEPTIONS = "/reuse/spdx-exceptions.tsv";
  private static final String FAMILIES = "/reuse/licence-families.tsv";

  /** Public-domain dedications that count as open whatever the OSI and FSF lists say. */
  private static final Set<String> PUBLIC_DOMAIN = Set.of("CC0-1.0", "Unlicense");

  private static final Pattern NAME_PUNCTUATION = Pattern.compile("[,\"'()]");
  private static final Pattern NAME_FILLERS = Pattern.compile("\\b(the|version)\\b|\\bv(?=\\d)");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Map<String, SpdxLicence> byId;
  private final Map<String, Addition> exceptionsById;
  private final Map<String, SpdxLicence> byName;

  private Licences(
      Map<String, SpdxLicence> byId,
      Map<String, Addition> exceptionsById,
      Map<String, SpdxLicence> byName) {
    this.byId = Map.copyOf(byId);
    this.exceptionsById = Map.copyOf(exceptionsById);
    this.byName = Map.copyOf(byName);
  }

  /** Reads the licence list from the classpath. */
  public static Licences load() {
    record FamilyPattern(Family family, Pattern pattern) {}
    List<FamilyPattern> families = new ArrayList<>();
    for (String[] row : rows(FAMILIES, 2)) {
      families.add(new FamilyPattern(Family.ofCode(row[0]), Pattern.compile(row[1])));
    }
    Map<String, SpdxLicence> byId = new HashMap<>();
    Map<String, SpdxLicence> byName = new HashMap<>();
    for (String[] row : rows(LICENCES, 5)) {
      String id = row[0];
      boolean open =
          Boolean.parseBoolean(row[2])
              || Boolean.parseBoolean(row[3])
              || PUBLIC_DOMAIN.contains(id);
      Family family = Family.PROPRIETARY;
      if (open) {
        family =
            families.stream()
                .filter(candidate -> candidate.pattern().matcher(id).matches())
                .map(FamilyPattern::family)
                .findFirst()
                .orElse(Family.PERMISSIVE);
      }
      SpdxLicence licence = new SpdxLicence(id, row[1], open, Boolean.parseBoolean(row[4]), family);
      byId.put(lower(id), licence);
      if (!licence.name().isBlank()) {
        byName.merge(
            normalisedName(licence.name()),
            licence,
            (first, second) -> first.deprecated() && !second.deprecated() ? second : first);
      }
    }
    Map<String, Addition> exceptions = new HashMap<>();
    for (String[] row : rows(EXCEPTIONS, 2)) {
      exceptions.put(lower(row[0]), new Addition(row[0], Boolean.parseBoolean(row[1])));
    }
    return new Licences(byId, exceptions, byName);
  }

  /**
   * Checks an SPDX licence expression. Never throws: null or blank gives {@link Validity#BLANK},
   * anything that is not an expression {@link Validity#INVALID} with a hint.
   */
  public Licence check(@Nullable String expression) {
    if (expression == null || expression.isBlank()) {
      return new Licence(
          expression == null ? "" : expression, Validity.BLANK, false, Family.UNKNOWN, null);
    }
    String text = expression.strip();
    SpdxExpression.Parsed parsed;
    try {
      parsed = SpdxExpression.parse(text, this::licence, this::exception);
    } catch (Malformed malformed) {
      return new Licence(
          text, Validity.INVALID, false, Family.UNKNOWN, invalidHint(text, malformed));
    }
    Term term = parsed.term();
    Hint hint = deprecatedHint(term);
    Validity validity = hint == null ? Validity.VALID : Validity.DEPRECATED;
    if (hint == null && parsed.respelled()) {
      hint = Hint.of("licences.hint.spelling", SpdxExpression.render(term));
    }
    return new Licence(text, validity, open(term), family(term), hint);
  }

  /** The full name of an SPDX licence id (any case), or null when the list has no such id. */
  public @Nullable String nameOf(String id) {
    SpdxLicence licence = licence(id);
    return licence == null || licence.name().isBlank() ? null : licence.name();
  }

  private @Nullable SpdxLicence licence(String id) {
    return byId.get(lower(id));
  }

  private @Nullable Addition exception(String id) {
    return exceptionsById.get(lower(id));
  }

  private static boolean open(Term term) {
    if (term instanceof Id id) {
      return id.licence().open();
    }
    if (term instanceof All all) {
      return all.parts().stream().allMatch(Licences::open);
    }
    if (term instanceof Any any) {
      return any.parts().stream().anyMatch(Licences::open);
    }
    return false;
  }

  private static Family family(Term term) {
    if (term instanceof Id id) {
      return id.licence().family();
    }
    if (term instanceof All all) {
      Family most = Family.PUBLIC_DOMAIN;
      for (Term part : all.parts()) {
        Family family = family(part);
        if (family.restriction() > most.restriction()) {
          most = family;
        }
      }
      return most;
    }
    if (term instanceof Any any) {
      return any.parts().stream()
          .filter(Licences::open)
          .findFirst()
          .map(Licences::family)
          .orElse(Family.PROPRIETARY);
    }
    return Family.PROPRIETARY;
  }

  private @Nullable Hint deprecatedHint(Term term) {
    if (term instanceof All all) {
      return firstDeprecatedHint(all.parts());
    }
    if (term instanceof Any any) {
      return firstDeprecatedHint(any.parts());
    }
    if (term instanceof Id id) {
      return id.licence().deprecated()
          ? deprecatedIdHint(id)
          : deprecatedExceptionHint(id.addition());
    }
    return deprecatedExceptionHint(((SpdxExpression.Ref) term).addition());
  }

  private Hint deprecatedIdHint(Id id) {
    String deprecated = id.licence().id();
    SpdxLicence only = licence(deprecated + "-only");
    SpdxLicence orLater = licence(deprecated + "-or-later");
    if (id.orLater() && orLater != null) {
      return Hint.of("licences.hint.deprecatedOrLater", deprecated + "+", orLater.id());
    }
    if (only != null && orLater != null) {
      return Hint.of("licences.hint.deprecatedGnu", deprecated, only.id(), orLater.id());
    }
    return Hint.of("licences.hint.deprecated", deprecated);
  }

  private static @Nullable Hint deprecatedExceptionHint(@Nullable Addition addition) {
    return addition != null && addition.deprecated()
        ? Hint.of("licences.hint.deprecated", addition.id())
        : null;
  }

  private @Nullable Hint firstDeprecatedHint(List<Term> parts) {
    for (Term part : parts) {
      Hint hint = deprecatedHint(part);
      if (hint != null) {
        return hint;
      }
    }
    return null;
  }

  private Hint invalidHint(String text, Malformed malformed) {
    SpdxLicence named = byName.get(normalisedName(text));
    if (named != null) {
      return Hint.of("licences.hint.name", text, named.id());
    }
    return switch (malformed.problem) {
      case UNKNOWN_ID -> unknownIdHint(malformed.token);
      case UNKNOWN_EXCEPTION -> Hint.of("licences.hint.unknownException", malformed.token);
      case SYNTAX -> Hint.of("licences.hint.syntax", malformed.token);
      case UNFINISHED -> Hint.of("licences.hint.unfinished");
      case TOO_DEEP -> Hint.of("licences.hint.tooDeep", String.valueOf(SpdxExpression.MAX_DEPTH));
    };
  }

  private Hint unknownIdHint(String token) {
    String lower = lower(token);
    if (lower.endsWith("-or-later")) {
      SpdxLicence base = licence(token.substring(0, token.length() - "-or-later".length()));
      if (base != null) {
        return Hint.of("licences.hint.orLater", token, base.id() + "+");
      }
    }
    if (lower.endsWith("-only")) {
      SpdxLicence base = licence(token.substring(0, token.length() - "-only".length()));
      if (base != null) {
        return Hint.of("licences.hint.only", token, base.id());
      }
    }
    return Hint.of("licences.hint.unknownId", token);
  }

  /** A licence name reduced so that "Apache License, Version 2.0" meets "Apache License 2.0". */
  static String normalisedName(String name) {
    String text = lower(name).replace("licence", "license");
    text = NAME_PUNCTUATION.matcher(text).replaceAll(" ");
    text = NAME_FILLERS.matcher(text).replaceAll(" ");
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** The rows of a tab-separated resource, without comment lines (#) and the header line. */
  private static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Licences.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != columns) {
          throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return rows;
  }
}
