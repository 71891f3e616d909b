package eu.digilabs.hub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LabService;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A corpus of script-injection payloads in every Markdown and text field of articles and failure
 * reports: the pages render (200), and no payload becomes markup that could run script.
 */
@HubTest
class ScriptInjectionTests {

  static final List<String> PAYLOADS =
      List.of(
          "<script>alert('x')</script>",
          "<img src=x onerror=alert(1)>",
          "<svg/onload=alert(1)>",
          "<iframe src=javascript:alert(1)>",
          "[link](javascript:alert(1))",
          "[link](JaVaScRiPt:alert(1))",
          "![img](javascript:alert(1))",
          "<a href=\"javascript&colon;alert(1)\">x</a>",
          "\"><script>alert(1)</script>",
          "'\"><img src=x onerror=alert(1)>",
          "<details open ontoggle=alert(1)>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
          "<body onload=alert(1)>",
          "<input autofocus onfocus=alert(1)>",
          "# Heading <script>alert(1)</script>",
          "<style>body{display:none}</style>",
          "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
          "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)");

  /** The rest of a tag up to a point: unquoted characters or whole quoted values. */
  static final String ATTRIBUTES = "(?:[^<>\"']|\"[^\"]*\"|'[^']*')*?";

  /** Markup that would run script or load active content. */
  static final Pattern DANGER =
      Pattern.compile(
          "<script(?![^>]*src=\"/(js|webjars)/)(?! type=\"application/ld\\+json\">)"
              + "|<iframe|<object|<svg/|<details|<style"
              // A tag's quoted attribute values are read whole: text in them (an escaped
              // payload in a meta description) is no attribute of the tag.
              + "|<input"
              + ATTRIBUTES
              + "\\sautofocus"
              + "|<[a-z]"
              + ATTRIBUTES
              + "\\son(error|load|toggle|focus)\\s*="
              + "|<[a-z]"
              + ATTRIBUTES
              + "\\s(href|src)\\s*=\\s*\"?\\s*(javascript|data):",
          Pattern.CASE_INSENSITIVE);

  /** The page's schema.org data: allowed, and only if nothing in it can end the element. */
  static final Pattern LINKED_DATA =
      Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired LabService labs;
  @Autowired AccountService accounts;

  @Test
  void noPayloadRunsInArticlesOrFailureReports() throws Exception {
    String author = TestAccounts.member(context, "payloads@example.org");
    long lab = TestContent.labWithEditor(context, "Payload Lab", author);
    List<String> pages = new ArrayList<>();
    for (String payload : PAYLOADS) {
      String article =
          mvc.perform(
                  post("/articles")
                      .param("title", "T " + payload)
                      .param("summary", "S " + payload)
                      .param("body", payload + "\n\n# Second\n\n" + payload)
                      .param("kind", "guide")
                      .param("labId", Long.toString(lab))
                      .param("note", payload)
                      .with(csrf())
                      .with(TestAccounts.as(context, author)))
              .andExpect(status().is3xxRedirection())
              .andReturn()
              .getResponse()
              .getRedirectedUrl();
      mvc.perform(post(article + "/publish").with(csrf()).with(TestAccounts.as(context, author)));
      String report =
          mvc.perform(
                  post("/failure-reports")
                      .param("title", "R " + payload)
                      .param("tried", payload)
                      .param("wentWrong", payload)
                      .param("differently", payload)
                      .param("lessons", payload)
                      .param("causes", "other")
                      .with(csrf())
                      .with(TestAccounts.as(context, author)))
              .andExpect(status().is3xxRedirection())
              .andReturn()
              .getResponse()
              .getRedirectedUrl();
      mvc.perform(post(report + "/publish").with(csrf()).with(TestAccounts.as(context, author)));
      for (String path : List.of(article, article + "/print", article + "/history", report)) {
        pages.add(path + "\n" + TestPages.html(mvc, context, author, path, null));
      }
    }
    for (String path : List.of("/articles", "/failure-reports", "/lessons-learned")) {
      pages.add(path + "\n" + TestPages.html(mvc, context, null, path, null));
    }
    pages.add(
        "/failure-reports/feed.atom\n"
            + mvc.perform(get("/failure-reports/feed.atom"))
                .andReturn()
                .getResponse()
                .getContentAsString());
    for (String page : pages) {
      Matcher data = LINKED_DATA.matcher(page);
      while (data.find()) {
        assertThat(data.group(1)).as(page.lines().findFirst().orElse("")).doesNotContain("<", ">");
      }
      var found = DANGER.matcher(page);
      assertThat(found.find())
          .as(
              "%s contains %s",
              page.lines().findFirst().orElse(""), found.hitEnd() ? "" : safeGroup(found))
          .isFalse();
    }
  }

  static String safeGroup(Matcher matcher) {
    try {
      return matcher.group();
    } catch (IllegalStateException e) {
      return "";
    }
  }
}
