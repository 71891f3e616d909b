package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.shared.HubProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Request bodies are bounded before they are read: JSON to 1 MB, the lab logo API to 2 MB. A body
 * declared larger is refused at once, one of unknown length when it passes the limit; both are 413
 * problem+json and nothing is stored.
 */
@LimitsTest
class BodyLimitTests {

  static final String ADMIN = "admin@digilabs.localhost";
  static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  long labId() {
    return jdbc.queryForObject("select min(id) from lab", Long.class);
  }

  String logoFile(long lab) {
    return jdbc.queryForObject("select logo_file from lab where id = ?", String.class, lab);
  }

  long uploads() throws IOException {
    Path folder = context.getBean(HubProperties.class).dataPath().resolve("uploads");
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  static byte[] png(int size) {
    byte[] image = new byte[size];
    System.arraycopy(PNG_START, 0, image, 0, PNG_START.length);
    return image;
  }

  @Test
  void anOversizedLogoIsRefusedAndNothingIsStored() throws Exception {
    long lab = labId();
    String before = logoFile(lab);
    long files = uploads();
    mvc.perform(
            put("/api/v1/labs/" + lab + "/logo")
                .contentType(MediaType.IMAGE_PNG)
                .content(png(3 * 1024 * 1024))
                .with(TestAccounts.as(context, ADMIN)))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(413));
    assertThat(logoFile(lab)).isEqualTo(before);
    assertThat(uploads()).isEqualTo(files);
  }

  @Test
  void anOversizedJsonBodyIsRefused() throws Exception {
    String question = "x".repeat(1024 * 1024 + 1);
    mvc.perform(
            post("/api/v1/assistant/answers")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"question\":\"" + question + "\"}"))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aDeclaredOversizedLogoIsRefusedBeforeItsBodyArrives() throws Exception {
    AccountService accounts = context.getBean(AccountService.class);
    String token = accounts.createToken(accounts.byEmail(ADMIN).orElseThrow().id(), "body-limit");
    // 50 MB announced, 8 bytes sent: an answer can only come from not waiting for the rest.
    RawHttp.Response response =
        RawHttp.send(
            "127.0.0.6",
            port,
            "PUT /api/v1/labs/"
                + labId()
                + "/logo HTTP/1.1\r\nHost: localhost\r\nContent-Type: image/png\r\n"
                + "Authorization: Bearer "
                + token
                + "\r\nContent-Length: 52428800",
            PNG_START,
            true);
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void aChunkedJsonBodyIsRefusedWhenItPassesTheLimit() throws Exception {
    byte[] json =
        ("{\"question\":\"" + "x".repeat(1536 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    RawHttp.Response response =
        RawHttp.send(
            "127.0.0.6",
            port,
            "POST /api/v1/assistant/answers HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked",
            chunked(json),
            false);
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  private static byte[] chunked(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int size = 64 * 1024;
    for (int at = 0; at < body.length; at += size) {
      byte[] chunk = Arrays.copyOfRange(body, at, Math.min(body.length, at + size));
      out.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(chunk);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
