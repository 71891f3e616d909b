package eu.digilabs.hub.translation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local HTTP server standing in for a translation service that cannot run on the test machines
 * (DeepL, LibreTranslate, a chat model, eTranslation). Each test scripts the answers in the
 * service's own protocol; every request is kept, so the test can check what the hub sent.
 */
final class FakeService implements AutoCloseable {

  /** A request as the service received it. */
  record Request(
      String method, String path, String query, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse("");
    }
  }

  /** What the service answers. */
  record Reply(int status, String body, Map<String, String> headers) {
    static Reply json(int status, String body) {
      return new Reply(status, body, Map.of("Content-Type", "application/json"));
    }

    static Reply text(int status, String body) {
      return new Reply(status, body, Map.of("Content-Type", "text/plain"));
    }
  }

  final List<Request> requests = new CopyOnWriteArrayList<>();
  final URI url;
  private final HttpServer server;
  private volatile Function<Request, Reply> script = request -> Reply.text(404, "not scripted");

  FakeService() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
    url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** From now on, answer so. */
  FakeService answer(Function<Request, Reply> script) {
    this.script = script;
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    Request request =
        new Request(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            exchange.getRequestURI().getRawQuery() == null
                ? ""
                : exchange.getRequestURI().getRawQuery(),
            Map.copyOf(exchange.getRequestHeaders()),
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    requests.add(request);
    Reply reply;
    try {
      reply = script.apply(request);
    } catch (RuntimeException e) {
      reply = Reply.text(500, "fake failed: " + e);
    }
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    reply.headers().forEach(exchange.getResponseHeaders()::add);
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
