package eu.digilabs.hub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket from a chosen loopback address (127.0.0.2, 127.0.0.3, ...), so a
 * test can be a trusted proxy or an untrusted client of the real Tomcat, and can declare a body
 * longer than it sends.
 */
final class RawHttp {

  /** A response's status line and headers (names in lower case) and, if read, its body. */
  record Response(int status, List<String> headers, String body) {

    List<String> all(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream()
          .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(h -> h.substring(prefix.length()).strip())
          .toList();
    }

    String header(String name) {
      List<String> values = all(name);
      return values.isEmpty() ? null : values.get(0);
    }
  }

  private RawHttp() {}

  /**
   * Sends {@code head} (request line and headers, without the blank line) and {@code body}, then
   * reads the response until the server closes the connection, or only its head when {@code
   * headOnly}.
   */
  static Response send(String from, int port, String head, byte[] body, boolean headOnly)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = line(in);
      List<String> headers = new ArrayList<>();
      for (String line = line(in); !line.isEmpty(); line = line(in)) {
        headers.add(line);
      }
      String text = headOnly ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Response(Integer.parseInt(statusLine.split(" ")[1]), headers, text);
    }
  }

  static Response get(String from, int port, String path, String... headers) throws IOException {
    return send(
        from,
        port,
        "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + String.join("\r\n", headers),
        new byte[0],
        false);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("The connection closed within the response head.");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.UTF_8);
  }
}
