package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every text query a person can type, however odd (query syntax, injections, control characters,
 * right-to-left text, emoji, 10,000 characters), gets an answer and never a 500. Runs on H2 here
 * and on PostgreSQL in {@link PostgresNastyQueryTests}.
 */
@HubTest
class NastyQueryTests {

  static final List<String> ENDPOINTS =
      List.of(
          "/projects",
          "/labs",
          "/organisations",
          "/api/v1/projects",
          "/api/v1/labs",
          "/api/v1/organisations",
          "/api/v1/taxonomies/public-services",
          "/search",
          "/search/suggest",
          "/api/v1/search");

  /** Lists filtered by other parameters than words, with the parameters they take. */
  static final Map<String, List<String>> FILTERED =
      Map.of(
          "/events", List.of("type", "mode", "when", "page"),
          "/api/v1/events", List.of("type", "mode", "when", "page"),
          "/articles", List.of("kind", "language", "phase", "page"),
          "/api/v1/articles", List.of("kind", "language", "phase", "page"),
          "/api/v1/search",
              List.of("type", "eventType", "attendance", "month", "kind", "cause", "year"),
          "/failure-reports", List.of("cause", "phase", "page"),
          "/methods", List.of("phase", "minutes", "people"),
          "/api/v1/failure-reports", List.of("cause", "phase", "page"));

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AccountService accounts;

  static List<String> queries() throws IOException {
    List<String> queries = new ArrayList<>();
    try (var in = NastyQueryTests.class.getResourceAsStream("/nasty-queries.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && !line.startsWith("# ")) {
          queries.add(decode(line));
        }
      }
    }
    queries.add("Digitalisierungslabor ".repeat(500).substring(0, 10_000));
    queries.add("x".repeat(10_000));
    return queries;
  }

  static String decode(String line) {
    Matcher escapes = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(line);
    StringBuilder decoded = new StringBuilder();
    while (escapes.find()) {
      escapes.appendReplacement(
          decoded,
          Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escapes.group(1), 16))));
    }
    escapes.appendTail(decoded);
    return decoded.toString().replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r");
  }

  @Test
  void noQueryCausesAServerError() throws Exception {
    List<String> queries = queries();
    assertThat(queries).hasSizeGreaterThanOrEqualTo(200);
    List<String> failures = new ArrayList<>();
    for (String query : queries) {
      for (String endpoint : ENDPOINTS) {
        int status =
            mvc.perform(get(endpoint).param("q", query)).andReturn().getResponse().getStatus();
        if (status >= 500) {
          failures.add(
              endpoint
                  + " q="
                  + query.substring(0, Math.min(40, query.length())).replaceAll("\\p{Cntrl}", "?")
                  + " -> "
                  + status);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void noFilterValueCausesAServerError() throws Exception {
    List<String> failures = new ArrayList<>();
    for (String query : queries()) {
      for (var endpoint : FILTERED.entrySet()) {
        for (String parameter : endpoint.getValue()) {
          int status =
              mvc.perform(get(endpoint.getKey()).param(parameter, query))
                  .andReturn()
                  .getResponse()
                  .getStatus();
          if (status >= 500) {
            failures.add(endpoint.getKey() + " " + parameter + " -> " + status);
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void controlCharactersInInputAreDroppedNotStored() throws Exception {
    String email = TestAccounts.member(context, "nul-" + System.nanoTime() + "@example.org");
    String token = accounts.createToken(accounts.byEmail(email).orElseThrow().id(), "nul");
    String body =
        "{\"name\":\"Null\\u0000Lab\\u0007\",\"description\":\"line one\\nline two\",\"country\":\"DE\"}";
    String created =
        mvc.perform(
                MockMvcRequestBuilders.post("/api/v1/labs")
                    .header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(created).contains("\"name\":\"NullLab\"").contains("line one\\nline two");
    int page =
        mvc.perform(
                MockMvcRequestBuilders.post("/labs")
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf())
                    .with(TestAccounts.as(context, email))
                    .param("name", "Form\u0000Lab")
                    .param("country", "DE"))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(page).isEqualTo(302);
    assertThat(
            mvc.perform(get("/api/v1/labs").param("q", "FormLab"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("\"name\":\"FormLab\"");
  }

  @Test
  void oddButMeaningfulQueriesStillFindThings() throws Exception {
    assertThat(
            mvc.perform(get("/api/v1/projects").param("q", "  BAföG  "))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("BAföG Digital");
    assertThat(
            mvc.perform(get("/api/v1/projects").param("q", "50%"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("\"total\":0");
    assertThat(
            mvc.perform(get("/api/v1/labs").param("q", "Lab_or"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("\"total\":0");
  }
}
