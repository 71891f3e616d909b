package eu.digilabs.hub.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses an SPDX licence expression (ids joined with {@code AND}, {@code OR} and {@code WITH},
 * brackets, a {@code +} after an id) into a tree of terms. Operators are read in any case; {@code
 * WITH} binds tighter than {@code AND}, which binds tighter than {@code OR}.
 */
final class SpdxExpression {

  /** More brackets inside one another than this is not a licence but an attack. */
  static final int MAX_DEPTH = 50;

  private static final Pattern LICENCE_REF =
      Pattern.compile("(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+");
  private static final Pattern ADDITION_REF =
      Pattern.compile("(DocumentRef-[A-Za-z0-9.-]+:)?AdditionRef-[A-Za-z0-9.-]+");

  /** A part of an expression. */
  sealed interface Term permits Id, Ref, All, Any {}

  /** An SPDX licence id, maybe with {@code +} (or later) and an exception. */
  record Id(SpdxLicence licence, boolean orLater, @Nullable Addition addition) implements Term {}

  /** A {@code LicenseRef-}: a licence outside the SPDX list. */
  record Ref(String ref, @Nullable Addition addition) implements Term {}

  /** Parts joined with {@code AND}: all apply. */
  record All(List<Term> parts) implements Term {}

  /** Parts joined with {@code OR}: the reuser chooses one. */
  record Any(List<Term> parts) implements Term {}

  /** An exception after {@code WITH}: an SPDX exception id or an {@code AdditionRef-}. */
  record Addition(String id, boolean deprecated) {}

  /** The parsed expression, and whether any id or operator was written in another case. */
  record Parsed(Term term, boolean respelled) {}

  /** Why an expression could not be parsed, and at which token. */
  enum Problem {
    UNKNOWN_ID,
    UNKNOWN_EXCEPTION,
    SYNTAX,
    UNFINISHED,
    TOO_DEEP
  }

  /** Thrown while parsing; carries no stack trace since it is an answer, not a fault. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    final Problem problem;
    final String token;

    Malformed(Problem problem, String token) {
      super(problem + " at " + token, null, false, false);
      this.problem = problem;
      this.token = token;
    }
  }

  private final List<String> tokens;
  private final Function<String, @Nullable SpdxLicence> licences;
  private final Function<String, @Nullable Addition> exceptions;
  private int position;
  private boolean respelled;

  private SpdxExpression(
      List<String> tokens,
      Function<String, @Nullable SpdxLicence> licences,
      Function<String, @Nullable Addition> exceptions) {
    this.tokens = tokens;
    this.licences = licences;
    this.exceptions = exceptions;
  }

  /**
   * Parses {@code text}, looking ids up with {@code licences} and exception ids with {@code
   * exceptions} (both case-insensitive, null when unknown).
   */
  static Parsed parse(
      String text,
      Function<String, @Nullable SpdxLicence> licences,
      Function<String, @Nullable Addition> exceptions)
      throws Malformed {
    SpdxExpression parser = new SpdxExpression(tokens(text), licences, exceptions);
    Term term = parser.anyOf(0);
    if (parser.position < parser.tokens.size()) {
      throw new Malformed(Problem.SYNTAX, parser.tokens.get(parser.position));
    }
    return new Parsed(term, parser.respelled);
  }

  /** The expression in SPDX's spelling: canonical ids, upper-case operators, needed brackets. */
  static String render(Term term) {
    if (term instanceof Id id) {
      return id.licence().id() + (id.orLater() ? "+" : "") + withClause(id.addition());
    }
    if (term instanceof Ref ref) {
      return ref.ref() + withClause(ref.addition());
    }
    if (term instanceof All all) {
      return String.join(
          " AND ",
          all.parts().stream()
              .map(part -> part instanceof Any ? "(" + render(part) + ")" : render(part))
              .toList());
    }
    return String.join(" OR ", ((Any) term).parts().stream().map(SpdxExpression::render).toList());
  }

  private static String withClause(@Nullable Addition addition) {
    return addition == null ? "" : " WITH " + addition.id();
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '(' || c == ')') {
        if (!word.isEmpty()) {
          tokens.add(word.toString());
          word.setLength(0);
        }
        if (c == '(' || c == ')') {
          tokens.add(String.valueOf(c));
        }
      } else {
        word.append(c);
      }
    }
    if (!word.isEmpty()) {
      tokens.add(word.toString());
    }
    return tokens;
  }

  private Term anyOf(int depth) throws Malformed {
    List<Term> parts = new ArrayList<>();
    parts.add(allOf(depth));
    while (nextIs("OR")) {
      parts.add(allOf(depth));
    }
    return parts.size() == 1 ? parts.get(0) : new Any(List.copyOf(parts));
  }

  private Term allOf(int depth) throws Malformed {
    List<Term> parts = new ArrayList<>();
    parts.add(withException(depth));
    while (nextIs("AND")) {
      parts.add(withException(depth));
    }
    return parts.size() == 1 ? parts.get(0) : new All(List.copyOf(parts));
  }

  private Term withException(int depth) throws Malformed {
    Term term = simple(depth);
    if (!nextIs("WITH")) {
      return term;
    }
    String token = next();
    Addition addition = exception(token);
    if (term instanceof Id id && id.addition() == null) {
      return new Id(id.licence(), id.orLater(), addition);
    }
    if (term instanceof Ref ref && ref.addition() == null) {
      return new Ref(ref.ref(), addition);
    }
    throw new Malformed(Problem.SYNTAX, token);
  }

  private Term simple(int depth) throws Malformed {
    String token = next();
    if (token.equals("(")) {
      if (depth >= MAX_DEPTH) {
        throw new Malformed(Problem.TOO_DEEP, token);
      }
      Term inner = anyOf(depth + 1);
      if (!next().equals(")")) {
        throw new Malformed(Problem.SYNTAX, tokens.get(position - 1));
      }
      return inner;
    }
    if (token.equals(")") || isOperator(token)) {
      throw new Malformed(Problem.SYNTAX, token);
    }
    if (LICENCE_REF.matcher(token).matches()) {
      return new Ref(token, null);
    }
    boolean orLater = token.length() > 1 && token.endsWith("+");
    String id = orLater ? token.substring(0, token.length() - 1) : token;
    SpdxLicence licence = licences.apply(id);
    if (licence == null) {
      throw new Malformed(Problem.UNKNOWN_ID, token);
    }
    respelled |= !licence.id().equals(id);
    return new Id(licence, orLater, null);
  }

  private Addition exception(String token) throws Malformed {
    if (token.equals("(") || token.equals(")") || isOperator(token)) {
      throw new Malformed(Problem.SYNTAX, token);
    }
    if (ADDITION_REF.matcher(token).matches()) {
      return new Addition(token, false);
    }
    Addition addition = exceptions.apply(token);
    if (addition == null) {
      throw new Malformed(Problem.UNKNOWN_EXCEPTION, token);
    }
    respelled |= !addition.id().equals(token);
    return addition;
  }

  private String next() throws Malformed {
    if (position >= tokens.size()) {
      throw new Malformed(Problem.UNFINISHED, "");
    }
    return tokens.get(position++);
  }

  private boolean nextIs(String operator) {
    if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(operator)) {
      respelled |= !tokens.get(position).equals(operator);
      position++;
      return true;
    }
    return false;
  }

  private static boolean isOperator(String token) {
    String upper = token.toUpperCase(Locale.ROOT);
    return upper.equals("AND") || upper.equals("OR") || upper.equals("WITH");
  }
}
