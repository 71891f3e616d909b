package eu.digilabs.hub.accounts;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID provider on a local port: the test plays the browser at {@code /authorize} by calling
 * {@link #authorize}, the hub fetches the RS256-signed ID token from {@code /token} and the public
 * key from {@code /jwks}.
 */
final class FakeOidcProvider {

  static final String CLIENT_ID = "digilabs-hub";

  private final HttpServer server;
  private final RSAKey key;
  private final Map<String, Map<String, Object>> codes = new ConcurrentHashMap<>();

  private FakeOidcProvider(HttpServer server, RSAKey key) {
    this.server = server;
    this.key = key;
  }

  static FakeOidcProvider start() {
    try {
      RSAKey key = new RSAKeyGenerator(2048).keyID("test-key").generate();
      HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
      FakeOidcProvider provider = new FakeOidcProvider(server, key);
      server.createContext("/token", provider::token);
      server.createContext("/jwks", provider::jwks);
      server.start();
      return provider;
    } catch (IOException | JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  String url() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  /**
   * The provider's answer to an authorization request: a code for an ID token with these claims
   * (plus {@code iss}, {@code aud}, times and the nonce, unless the claims give their own).
   */
  String authorize(Map<String, Object> claims, String nonce) {
    Map<String, Object> all = new HashMap<>();
    all.put("iss", url());
    all.put("aud", CLIENT_ID);
    all.put("nonce", nonce);
    all.putAll(claims);
    String code = UUID.randomUUID().toString();
    codes.put(code, all);
    return code;
  }

  private void token(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, Object> claims = codes.remove(formValue(body, "code"));
    if (claims == null) {
      respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
      return;
    }
    Map<String, Object> response = new HashMap<>();
    response.put("access_token", UUID.randomUUID().toString());
    response.put("token_type", "Bearer");
    response.put("expires_in", 300);
    response.put("scope", "openid email profile");
    response.put("id_token", idToken(claims));
    respond(exchange, 200, JSONObjectUtils.toJSONString(response));
  }

  private void jwks(HttpExchange exchange) throws IOException {
    respond(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
  }

  private String idToken(Map<String, Object> claims) {
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder()
            .issueTime(new Date())
            .expirationTime(Date.from(Instant.now().plusSeconds(300)));
    claims.forEach(builder::claim);
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
            builder.build());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static String formValue(String body, String name) {
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).equals(name)) {
        return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  private static void respond(HttpExchange exchange, int status, String json) {
    try (exchange) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
