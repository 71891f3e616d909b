package eu.digilabs.hub.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP Digest authentication (RFC 7616, with RFC 2617's MD5), which EU eTranslation asks of its
 * callers; the JDK's HTTP client speaks only Basic. Answers one challenge ({@code WWW-Authenticate:
 * Digest realm=..., nonce=..., qop="auth"}) with the {@code Authorization} header for one request.
 */
final class DigestAuth {

  private static final Pattern PARAMETER =
      Pattern.compile("(\\w+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\s]*))");
  private static final SecureRandom RANDOM = new SecureRandom();

  private DigestAuth() {}

  /** A challenge's parameters; empty when the header is not a Digest challenge. */
  static Optional<Map<String, String>> challenge(String header) {
    String trimmed = header.strip();
    if (!trimmed.regionMatches(true, 0, "Digest ", 0, 7)) {
      return Optional.empty();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    Matcher matcher = PARAMETER.matcher(trimmed.substring(7));
    while (matcher.find()) {
      String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
      parameters.put(matcher.group(1).toLowerCase(Locale.ROOT), value.replaceAll("\\\\(.)", "$1"));
    }
    // A value that would break out of its quotes in our answer is no challenge we answer.
    boolean safe = parameters.values().stream().noneMatch(v -> v.matches("(?s).*[\"\\\\\r\n].*"));
    return safe && parameters.containsKey("nonce") ? Optional.of(parameters) : Optional.empty();
  }

  /** The {@code Authorization} header answering the challenge, with a fresh client nonce. */
  static String authorization(
      Map<String, String> challenge, String user, String password, String method, String uri) {
    byte[] cnonce = new byte[16];
    RANDOM.nextBytes(cnonce);
    return authorization(challenge, user, password, method, uri, HexFormat.of().formatHex(cnonce));
  }

  /** The same with a given client nonce, as the RFCs' worked examples need. */
  static String authorization(
      Map<String, String> challenge,
      String user,
      String password,
      String method,
      String uri,
      String cnonce) {
    String algorithm = challenge.getOrDefault("algorithm", "MD5");
    String realm = challenge.getOrDefault("realm", "");
    String nonce = challenge.get("nonce");
    boolean qopAuth =
        challenge.containsKey("qop")
            && java.util.Arrays.stream(challenge.get("qop").split(","))
                .anyMatch(q -> q.strip().equalsIgnoreCase("auth"));
    String ha1 = hash(algorithm, user + ":" + realm + ":" + password);
    String ha2 = hash(algorithm, method + ":" + uri);
    String nc = "00000001";
    String response =
        qopAuth
            ? hash(algorithm, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2)
            : hash(algorithm, ha1 + ":" + nonce + ":" + ha2);
    StringBuilder header =
        new StringBuilder("Digest username=\"")
            .append(user)
            .append("\", realm=\"")
            .append(realm)
            .append("\", nonce=\"")
            .append(nonce)
            .append("\", uri=\"")
            .append(uri)
            .append("\", algorithm=")
            .append(algorithm)
            .append(", response=\"")
            .append(response)
            .append('"');
    if (qopAuth) {
      header.append(", qop=auth, nc=").append(nc).append(", cnonce=\"").append(cnonce).append('"');
    }
    if (challenge.containsKey("opaque")) {
      header.append(", opaque=\"").append(challenge.get("opaque")).append('"');
    }
    return header.toString();
  }

  private static String hash(String algorithm, String text) {
    String name = algorithm.equalsIgnoreCase("SHA-256") ? "SHA-256" : "MD5";
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance(name).digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + name, e);
    }
  }
}
