package eu.digilabs.hub.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
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
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LabService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Rights on articles that hold over time: an author's edit of a published article waits for review,
 * readers see the history only from the first published version on, authors cannot take an article
 * out of its lab, and an author's rights end when they leave the lab.
 */
@HubTest
class ArticleRightsTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired LabService labs;
  @Autowired AccountService accounts;

  record Lab(long id, String editor, String author) {}

  Lab lab(String name) {
    String editor = TestAccounts.member(context, "editor-" + name + "@example.org");
    String author = TestAccounts.member(context, "author-" + name + "@example.org");
    long id = TestContent.lab(context, Fixtures.lab("Lab " + name));
    TestAccounts.inLab(context, id, editor, true);
    TestAccounts.inLab(context, id, author, false);
    return new Lab(id, editor, author);
  }

  ResultActions as(String email, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(TestAccounts.as(context, email)).with(csrf()));
  }

  MockHttpServletRequestBuilder save(Lab lab, long id, String body, long version) {
    return post("/articles/" + id)
        .param("labId", Long.toString(lab.id()))
        .param("title", "Guide " + lab.id())
        .param("kind", "guide")
        .param("language", "en")
        .param("body", body)
        .param("version", Long.toString(version));
  }

  long version(String email, long id) throws Exception {
    String json =
        mvc.perform(get("/api/v1/articles/" + id).with(TestAccounts.as(context, email)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Long.parseLong(json.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
  }

  /** An article written by the lab's author in two versions, published by its editor at 2. */
  long published(Lab lab, String first, String second) throws Exception {
    String location =
        as(
                lab.author(),
                post("/articles")
                    .param("labId", Long.toString(lab.id()))
                    .param("title", "Guide " + lab.id())
                    .param("kind", "guide")
                    .param("language", "en")
                    .param("body", first))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    as(lab.author(), save(lab, id, second, 0)).andExpect(status().is3xxRedirection());
    as(lab.author(), post("/articles/" + id + "/submit")).andExpect(status().is3xxRedirection());
    as(lab.editor(), post("/articles/" + id + "/publish")).andExpect(status().is3xxRedirection());
    return id;
  }

  @Test
  void anAuthorsEditOfAPublishedArticleWaitsForTheEditor() throws Exception {
    Lab lab = lab("pending");
    long id = published(lab, "Draft words", "Published zebrafinch words");
    as(lab.author(), save(lab, id, "Pending quokkabird words", version(lab.author(), id)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/articles/" + id).param("lang", "en"))
        .andExpect(content().string(containsString("Published zebrafinch words")))
        .andExpect(content().string(not(containsString("quokkabird"))));
    mvc.perform(get("/api/v1/articles/" + id))
        .andExpect(jsonPath("$.body").value("Published zebrafinch words"))
        .andExpect(jsonPath("$.revision").value(2))
        .andExpect(jsonPath("$.pendingRevision").doesNotExist());
    mvc.perform(get("/api/v1/search").param("q", "quokkabird"))
        .andExpect(jsonPath("$.hits", hasSize(0)));
    as(lab.author(), get("/articles/" + id).param("lang", "en"))
        .andExpect(content().string(containsString("Version 3 waits for review.")));
    as(lab.author(), get("/articles/" + id + "/edit").param("lang", "en"))
        .andExpect(content().string(containsString("Pending quokkabird words")));
    as(lab.author(), post("/articles/" + id + "/publish")).andExpect(status().isForbidden());
    as(lab.editor(), post("/articles/" + id + "/publish")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/articles/" + id))
        .andExpect(jsonPath("$.body").value("Pending quokkabird words"))
        .andExpect(jsonPath("$.revision").value(3));
    mvc.perform(get("/api/v1/search").param("q", "quokkabird"))
        .andExpect(jsonPath("$.hits[0].title").value("Guide " + lab.id()));
  }

  @Test
  void restoringAnOldVersionOfAPublishedArticleWaitsForTheEditorToo() throws Exception {
    Lab lab = lab("pending-restore");
    long id = published(lab, "First draft text", "Published text");
    as(lab.author(), post("/articles/" + id + "/restore/1")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/articles/" + id))
        .andExpect(jsonPath("$.body").value("Published text"));
    as(lab.editor(), post("/articles/" + id + "/publish")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/articles/" + id))
        .andExpect(jsonPath("$.body").value("First draft text"));
  }

  @Test
  void readersSeeTheHistoryFromTheFirstPublishedVersionOn() throws Exception {
    Lab lab = lab("history");
    long id = published(lab, "Early draft text", "Published text");
    as(
            lab.author(),
            save(lab, id, "Waiting text", version(lab.author(), id))
                .param("note", "Pending note " + lab.id()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/articles/" + id + "/versions"))
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].number").value(2));
    mvc.perform(get("/api/v1/articles/" + id + "/diff").param("from", "1").param("to", "2"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/articles/" + id + "/diff").param("from", "2").param("to", "3"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/articles/" + id + "/history").param("lang", "en"))
        .andExpect(content().string(not(containsString("Pending note"))));
    as(lab.author(), get("/articles/" + id + "/history").param("lang", "en"))
        .andExpect(content().string(containsString("Pending note " + lab.id())));
    mvc.perform(
            get("/api/v1/articles/" + id + "/versions")
                .with(TestAccounts.as(context, lab.editor())))
        .andExpect(jsonPath("$", hasSize(3)));
  }

  @Test
  void authorsCannotTakeAnArticleOutOfItsLab() throws Exception {
    Lab lab = lab("detach");
    long id = published(lab, "Draft", "Published");
    String token =
        "Bearer " + accounts.createToken(accounts.byEmail(lab.author()).orElseThrow().id(), "t");
    mvc.perform(
            put("/api/v1/articles/" + id)
                .header("Authorization", token)
                .contentType("application/json")
                .content(
                    "{\"title\":\"Mine now\",\"kind\":\"guide\",\"version\":"
                        + version(lab.author(), id)
                        + "}"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/articles/" + id)).andExpect(jsonPath("$.labId").value(lab.id()));
  }

  @Test
  void anAuthorWhoLeftTheLabMayNoLongerEditItsArticle() throws Exception {
    Lab lab = lab("left");
    long id = published(lab, "Draft", "Published");
    long author = accounts.byEmail(lab.author()).orElseThrow().id();
    TestAccounts.acting(context, lab.editor(), () -> accounts.removeMember(lab.id(), author));
    as(lab.author(), save(lab, id, "Edited after leaving", 1)).andExpect(status().isForbidden());
    as(lab.author(), get("/articles/" + id + "/edit")).andExpect(status().isForbidden());
  }

  /** Attachments change what readers see at once: on a published article only editors add them. */
  @Test
  void anAuthorCannotChangeAPublishedArticlesAttachmentsWithoutTheEditor() throws Exception {
    Lab lab = lab("files-after-publish");
    long id = published(lab, "Draft", "Published");
    byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();
    mvc.perform(upload(id, "slipped-in.pdf", pdf).with(TestAccounts.as(context, lab.author())))
        .andExpect(status().isForbidden());
    mvc.perform(upload(id, "reviewed.pdf", pdf).with(TestAccounts.as(context, lab.editor())))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/articles/" + id))
        .andExpect(
            content()
                .string(
                    Matchers.allOf(
                        containsString("reviewed.pdf"), not(containsString("slipped-in.pdf")))));
  }

  MockMultipartHttpServletRequestBuilder upload(long id, String name, byte[] content) {
    return MockMvcRequestBuilders.multipart("/articles/" + id + "/attachments")
        .file(new MockMultipartFile("file", name, "application/pdf", content))
        .with(csrf());
  }
}
