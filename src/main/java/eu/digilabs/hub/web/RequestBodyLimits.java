package eu.digilabs.hub.web;

import eu.digilabs.hub.shared.problems.BodyTooLarge;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds request bodies before anything reads them: JSON and other raw bodies to {@code
 * hub.request-limits.body}, images (the logo API) to {@code hub.request-limits.image-body}. A
 * declared length over the limit is refused at once (413); a body of unknown length is counted as
 * it is read and fails with {@link BodyTooLarge} at the limit. Forms and uploads are bounded by
 * Tomcat ({@code server.tomcat.max-http-form-post-size}) and {@code spring.servlet.multipart.*}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimits extends OncePerRequestFilter {

  /**
   * Settings under {@code hub.request-limits}.
   *
   * @param body the largest JSON (or other raw) request body
   * @param imageBody the largest image sent as a request body (lab logos)
   */
  @ConfigurationProperties("hub.request-limits")
  record Settings(@DefaultValue("1MB") DataSize body, @DefaultValue("2MB") DataSize imageBody) {}

  private final Settings settings;

  RequestBodyLimits(Settings settings) {
    this.settings = settings;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type =
        request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
      chain.doFilter(request, response);
      return;
    }
    long limit =
        (type.startsWith("image/") || type.startsWith("application/octet-stream")
                ? settings.imageBody()
                : settings.body())
            .toBytes();
    long length = request.getContentLengthLong();
    if (length > limit) {
      refuse(request, response, limit);
      return;
    }
    chain.doFilter(length < 0 ? new Limited(request, limit) : request, response);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
      throws IOException {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
      return;
    }
    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
    response.setContentType("application/problem+json");
    response
        .getWriter()
        .write(
            ("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                    + "\"detail\":\"The request body may have at most %d bytes.\"}")
                .formatted(limit));
    // Sent now: the client may still be sending, and Tomcat drops the rest of the body later.
    response.flushBuffer();
  }

  /** A request whose body stream fails once more than {@code limit} bytes have been read. */
  private static final class Limited extends HttpServletRequestWrapper {

    private final long limit;
    private @Nullable ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
    }
  }

  /** Counts the bytes read and throws {@link BodyTooLarge} past the limit. */
  static final class Counting extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLarge {
      read += n;
      if (read > limit) {
        throw new BodyTooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
