package eu.digilabs.hub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.shared.HubProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * Articles over HTTP: the demo guide with its contents, versions with diffs and restore, a
 * conflicting save that shows both texts, the review from draft to published, "was this helpful?",
 * search, and Markdown that cannot run script.
 */
@HubTest
class ArticleTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ArticleService articles;
  @Autowired ArticleHelpfulness helpfulness;
  @Autowired ArticleAttachments attachments;
  @Autowired LabService labs;
  @Autowired AccountService accounts;

  /** A lab with an editor (reviewer) and a plain member (author). */
  record Lab(long id, String editor, String author) {}

  long currentLab;

  Lab lab(String name) {
    String editor = TestAccounts.member(context, "editor-" + name + "@example.org");
    String author = TestAccounts.member(context, "author-" + name + "@example.org");
    long id = TestContent.lab(context, Fixtures.lab("Lab " + name));
    TestAccounts.inLab(context, id, editor, true);
    TestAccounts.inLab(context, id, author, false);
    currentLab = id;
    return new Lab(id, editor, author);
  }

  MockHttpServletRequestBuilder form(
      MockHttpServletRequestBuilder request, String title, String body) {
    return request
        .param("labId", Long.toString(currentLab))
        .param("title", title)
        .param("kind", "how-to")
        .param("language", "en")
        .param("body", body)
        .with(csrf());
  }

  <B extends AbstractMockHttpServletRequestBuilder<B>> ResultActions as(String email, B request)
      throws Exception {
    return mvc.perform(request.with(TestAccounts.as(context, email)));
  }

  long create(Lab lab, String title, String body) throws Exception {
    String location =
        as(lab.author(), form(post("/articles"), title, body))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  @Test
  void theDemoGuideHasContentsReadingTimeAndAPrintView() throws Exception {
    String list = TestPages.html(mvc, context, null, "/articles?language=de", "de");
    assertThat(list)
        .contains("Wie starte ich ein Digitalisierungslabor?", "Leitfaden", "Min. Lesezeit");
    long id = articles.list("guide", "de", null, 0, 10).getContent().get(0).id();
    String page = TestPages.html(mvc, context, null, "/articles/" + id, "de");
    assertThat(page)
        .contains("<h2 id=\"toc-heading\">Inhalt</h2>")
        .contains("href=\"#h-warum-ein-labor\"", "id=\"h-warum-ein-labor\"")
        .contains("href=\"#h-die-ersten-drei-monate\"", "href=\"#h-was-es-braucht\"")
        .contains("Zuletzt geprüft", "Lesezeit", "<table>");
    String print = TestPages.html(mvc, context, null, "/articles/" + id + "/print");
    assertThat(print)
        .contains("Wie starte ich ein Digitalisierungslabor?", "From Digilabs Hub:")
        .doesNotContain("class=\"main-nav\"", "class=\"site-footer\"");
  }

  @Test
  void everySaveIsAVersionWithADiffAndOldVersionsCanBeRestored() throws Exception {
    Lab lab = lab("versions");
    long id = create(lab, "Running a service safari", "Line one\nLine two\nLine three");
    lastId = id;
    as(
            lab.author(),
            form(
                    post("/articles/" + id),
                    "Running a service safari",
                    "Line one\nLine 2\nLine three\nLine four")
                .param("version", "0")
                .param("note", "numbers"))
        .andExpect(status().is3xxRedirection());
    long version = as(lab.author()).version();
    as(
            lab.editor(),
            form(
                    post("/articles/" + id),
                    "Running a service safari",
                    "Line one\nLine 2\nLine three\nLine four\nLine five")
                .param("version", Long.toString(version)))
        .andExpect(status().is3xxRedirection());
    String history = TestPages.html(mvc, context, lab.author(), "/articles/" + id + "/history");
    assertThat(history)
        .contains(
            "Test author-versions@example.org", "Test editor-versions@example.org", "numbers");
    assertThat(as(lab.author()).revision()).isEqualTo(3);
    as(
            lab.author(),
            get("/articles/" + id + "/diff")
                .param("from", "1")
                .param("to", "3")
                .param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "Line <del><span class=\"visually-hidden\">removed: </span>two</del>")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Line <ins><span class=\"visually-hidden\">added: </span>2</ins>")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<ins><span class=\"visually-hidden\">added: </span>Line five</ins>")));
    as(lab.author(), post("/articles/" + id + "/restore/1").with(csrf()))
        .andExpect(status().is3xxRedirection());
    ArticleView restored = as(lab.author());
    assertThat(restored.body()).isEqualTo("Line one\nLine two\nLine three");
    assertThat(restored.revision()).isEqualTo(4);
    assertThat(TestPages.html(mvc, context, lab.author(), "/articles/" + id + "/history"))
        .contains("Restored version 1");
    // Someone else may not restore.
    String stranger = TestAccounts.member(context, "stranger-versions@example.org");
    as(stranger, post("/articles/" + id + "/restore/2").with(csrf()))
        .andExpect(status().isNotFound());
  }

  ArticleView as(String email) {
    return TestAccounts.acting(context, email, () -> articles.get(lastId));
  }

  long lastId;

  @Test
  void aConflictingSaveKeepsTheTypedTextAndShowsTheNewestBesideIt() throws Exception {
    Lab lab = lab("conflict");
    long id = create(lab, "Procurement for prototypes", "Original text");
    as(
            lab.editor(),
            form(post("/articles/" + id), "Procurement for prototypes", "Editor's text")
                .param("version", "0"))
        .andExpect(status().is3xxRedirection());
    as(
            lab.author(),
            form(post("/articles/" + id), "Procurement for prototypes", "Author's text")
                .param("version", "0")
                .param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Someone saved this article while you were editing.")))
        .andExpect(content().string(containsString("Author's text")))
        .andExpect(content().string(containsString("Editor's text")));
    lastId = id;
    assertThat(as(lab.editor()).body()).isEqualTo("Editor's text");
    String token =
        "Bearer " + accounts.createToken(accounts.byEmail(lab.author()).orElseThrow().id(), "t");
    mvc.perform(
            put("/api/v1/articles/" + id)
                .header("Authorization", token)
                .contentType("application/json")
                .content(
                    "{\"title\":\"Procurement\",\"kind\":\"guide\",\"body\":\"x\",\"labId\":"
                        + lab.id()
                        + ",\"version\":0}"))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    // A failed validation keeps everything typed.
    as(
            lab.author(),
            form(post("/articles/" + id), "", "Half-written thought")
                .param("version", Long.toString(as(lab.editor()).version())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Half-written thought")));
  }

  @Test
  void authorsSubmitAndReviewersReturnOrPublish() throws Exception {
    Lab lab = lab("review");
    long id = create(lab, "Interviewing caseworkers", "Ask open questions.");
    lastId = id;
    mvc.perform(get("/articles/" + id)).andExpect(status().isNotFound());
    String other = TestAccounts.member(context, "other-review@example.org");
    as(other, get("/articles/" + id)).andExpect(status().isNotFound());
    as(lab.author(), post("/articles/" + id + "/publish").with(csrf()))
        .andExpect(status().isForbidden());
    as(lab.author(), post("/articles/" + id + "/submit").with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(as(lab.author()).status()).isEqualTo("in-review");
    as(
            lab.editor(),
            post("/articles/" + id + "/return")
                .param("comment", "Add an example, please.")
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    as(lab.author(), get("/articles/" + id).param("lang", "en"))
        .andExpect(content().string(containsString("Add an example, please.")));
    as(lab.author(), post("/articles/" + id + "/submit").with(csrf()));
    as(lab.editor(), post("/articles/" + id + "/publish").with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/articles/" + id).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Add an example, please."))));
    assertThat(as(lab.author()).lastReviewed())
        .isEqualTo(LocalDate.now(ZoneId.of("Europe/Berlin")));
    mvc.perform(get("/api/v1/search").param("q", "Interviewing caseworkers"))
        .andExpect(jsonPath("$.hits[0].type").value("article"))
        .andExpect(jsonPath("$.facets.kind.how-to").value(1));
    // Readers answer "was this helpful?" once each.
    String reader = TestAccounts.member(context, "reader-review@example.org");
    as(
            reader,
            post("/articles/" + id + "/feedback")
                .param("helpful", "yes")
                .param("comment", "Clear")
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    as(reader, post("/articles/" + id + "/feedback").param("helpful", "no").with(csrf()))
        .andExpect(
            MockMvcResultMatchers.flash().attribute("problem", "articles.error.feedbackOnce"));
    assertThat(helpfulness.helpfulness(id).yes()).isEqualTo(1);
    assertThat(helpfulness.helpfulness(id).no()).isZero();
    as(lab.author(), get("/articles/" + id).param("lang", "en"))
        .andExpect(content().string(containsString("Clear")));
    mvc.perform(get("/articles/" + id).param("lang", "en"))
        .andExpect(content().string(not(containsString("Clear"))));
  }

  @Test
  void markdownCannotRunScript() throws Exception {
    Lab lab = lab("xss");
    List<String> payloads =
        List.of(
            "<script>alert(1)</script>",
            "# <img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "# Heading\" onmouseover=\"alert(1)",
            "<iframe src=\"https://evil.example\"></iframe>");
    for (String payload : payloads) {
      long id = create(lab, "Payload " + payloads.indexOf(payload), payload + "\n\n# Second");
      as(lab.editor(), post("/articles/" + id + "/publish").with(csrf()));
      String page = TestPages.html(mvc, context, null, "/articles/" + id, null);
      String prose = page.substring(page.indexOf("<div class=\"prose\">"));
      assertThat(prose)
          .doesNotContain(
              "<script", "onerror=", "javascript:", "onload=", "<iframe", "onmouseover=\"");
    }
  }

  static byte[] docx() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes());
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes());
    }
    return bytes.toByteArray();
  }

  MockMultipartHttpServletRequestBuilder upload(long id, String name, byte[] content) {
    return MockMvcRequestBuilders.multipart("/articles/" + id + "/attachments")
        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
        .with(csrf());
  }

  long storedFiles() throws IOException {
    Path folder = context.getBean(HubProperties.class).dataPath().resolve("uploads");
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (var files = Files.list(folder)) {
      return files.count();
    }
  }

  @Test
  void attachmentsAreCheckedByContentAndServedAsDownloads() throws Exception {
    Lab lab = lab("files");
    long id = create(lab, "Templates for user interviews", "See the attached files.");
    lastId = id;
    byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();
    as(lab.author(), upload(id, "Interview guide ä.pdf", pdf))
        .andExpect(status().is3xxRedirection());
    as(lab.author(), upload(id, "Consent form.docx", docx()))
        .andExpect(status().is3xxRedirection());
    long before = storedFiles();
    // A PNG called .pdf, a program called .pdf, an empty file, a file over the limit: refused.
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    for (var refused :
        List.of(
            Map.entry("picture.pdf", png),
            Map.entry("tool.pdf", "MZ\u0090\u0000 program".getBytes()),
            Map.entry("empty.pdf", new byte[0]),
            Map.entry("big.pdf", Arrays.copyOf(pdf, 21 * 1024 * 1024)))) {
      as(lab.author(), upload(id, refused.getKey(), refused.getValue()))
          .andExpect(MockMvcResultMatchers.flash().attributeExists("attachmentError"));
    }
    assertThat(storedFiles()).isEqualTo(before);
    List<AttachmentView> files = attachmentsOf(lab.author(), id);
    assertThat(files)
        .extracting(AttachmentView::fileName)
        .containsExactly("Interview guide ä.pdf", "Consent form.docx");
    var download =
        as(lab.author(), get(files.get(0).path()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    assertThat(download.getContentType()).isEqualTo("application/pdf");
    assertThat(download.getHeader("Content-Disposition"))
        .startsWith("attachment;")
        .contains("filename*=UTF-8''Interview%20guide%20%C3%A4.pdf");
    assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
    assertThat(
            as(lab.author(), get(files.get(1).path())).andReturn().getResponse().getContentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    // A draft's files are as private as the draft.
    mvc.perform(get(files.get(0).path())).andExpect(status().isNotFound());
    as(lab.author(), post(files.get(1).path() + "/delete").with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(attachmentsOf(lab.author(), id)).hasSize(1);
  }

  List<AttachmentView> attachmentsOf(String email, long id) {
    return TestAccounts.acting(context, email, () -> attachments.attachments(id));
  }
}
