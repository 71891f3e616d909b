package eu.digilabs.hub.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.knowledge.FailureReportCommand;
import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Element;

/**
 * The public Atom feeds over HTTP: valid Atom, a published item in the overall, type, lab, service
 * and topic feeds with absolute links, a draft nowhere, an anonymous failure report never in its
 * lab's feed and never naming its lab; autodiscovery links on the pages; conditional requests.
 */
@HubTest
class PublicFeedTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Catalogue catalogue;

  private String atom(String path) throws Exception {
    MvcResult result = mvc.perform(get(path).param("lang", "en")).andReturn();
    assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
    assertThat(result.getResponse().getContentType())
        .isEqualTo("application/atom+xml;charset=UTF-8");
    String xml = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    AtomSchema.check(xml);
    return xml;
  }

  @Test
  void aPublishedProjectIsInEveryFeedItBelongsToAndADraftInNone() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "feeds-" + tag + "@example.org");
    long lab = TestContent.labWithEditor(context, "Feed lab " + tag, editor);
    ServiceView service =
        catalogue.search("BAföG", 20).stream()
            .filter(ServiceView::ozgService)
            .findFirst()
            .orElseThrow();
    String title = "Feed pilot " + tag;
    long project =
        TestContent.publishedProject(
            context,
            Fixtures.project()
                .title(title)
                .lab(lab)
                .services(List.of(service.id()))
                .technologies("chatbot")
                .build());
    String draft = "Feed draft " + tag;
    TestAccounts.asAdmin(
        context,
        () ->
            context
                .getBean(ProjectService.class)
                .create(Fixtures.project().title(draft).lab(lab).technologies("chatbot").build()));

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> atom("/feeds/labs/" + lab + ".atom").contains(title));
    String all = atom("/feeds/all.atom");
    assertThat(all).contains(title).doesNotContain(draft);
    Element entry =
        AtomSchema.children(AtomSchema.check(all).getDocumentElement(), "entry").stream()
            .filter(e -> AtomSchema.text(e, "title").equals(title))
            .findFirst()
            .orElseThrow();
    assertThat(AtomSchema.links(entry, "alternate"))
        .containsExactly("http://localhost:8080/projects/" + project);
    assertThat(atom("/feeds/projects.atom")).contains(title).doesNotContain(draft);
    assertThat(atom("/feeds/events.atom")).doesNotContain(title);
    assertThat(atom("/feeds/services/" + service.id() + ".atom")).contains(title);
    assertThat(atom("/feeds/topics/technology/chatbot.atom")).contains(title).doesNotContain(draft);
    assertThat(atom("/feeds/labs/" + lab + ".atom?type=projects")).contains(title);
    assertThat(atom("/feeds/labs/" + lab + ".atom?type=events")).doesNotContain(title);
    assertThat(atom("/feeds/labs/" + lab + ".atom")).contains("Feed lab " + tag);

    mvc.perform(get("/feeds/labs/987654321.atom")).andExpect(status().isNotFound());
    mvc.perform(get("/feeds/nonsense.atom")).andExpect(status().isNotFound());
    mvc.perform(get("/feeds/topics/stakeholder/x.atom")).andExpect(status().isNotFound());
  }

  @Test
  void anAnonymousFailureReportNeverRevealsItsLab() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "anon-" + tag + "@example.org");
    String labName = "Hidden lab " + tag;
    long lab = TestContent.labWithEditor(context, labName, editor);
    String named = "Named failure " + tag;
    String anonymous = "Anonymous failure " + tag;
    TestContent.publishedReport(context, report(named, lab, false));
    TestContent.publishedReport(context, report(anonymous, lab, true));

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                atom("/feeds/failure-reports.atom").contains(anonymous)
                    && atom("/feeds/labs/" + lab + ".atom").contains(named));
    assertThat(atom("/feeds/labs/" + lab + ".atom")).doesNotContain(anonymous);
    assertThat(atom("/feeds/labs/" + lab + ".atom?type=failure-reports")).doesNotContain(anonymous);
    String reports = atom("/feeds/failure-reports.atom");
    assertThat(reports).contains(named);
    // The anonymous report's entry says nothing of the lab; the lab's name is in no entry at all.
    assertThat(reports).doesNotContain(labName);
    assertThat(atom("/feeds/all.atom")).contains(anonymous).doesNotContain(labName);
  }

  @Test
  void aReportMadeAnonymousLaterLeavesItsLabsActivity() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "later-" + tag + "@example.org");
    long lab = TestContent.labWithEditor(context, "Later lab " + tag, editor);
    String title = "Later anonymous " + tag;
    long id = TestContent.publishedReport(context, report(title, lab, false));
    Activities activities = context.getBean(Activities.class);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> labActivity(activities, lab).contains(title));

    FailureReportService reports = context.getBean(FailureReportService.class);
    TestAccounts.asAdmin(
        context,
        () -> {
          long version = reports.get(id).version();
          reports.update(id, version, report(title, lab, true));
        });

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !labActivity(activities, lab).contains(title));
    assertThat(atom("/feeds/labs/" + lab + ".atom")).doesNotContain(title);
  }

  private static List<String> labActivity(Activities activities, long lab) {
    return activities.ofLab(lab, 0, 50).getContent().stream()
        .map(Activities.ActivityView::title)
        .toList();
  }

  @Test
  void pagesWithAFeedOfferItForAutodiscovery() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "disc-" + tag + "@example.org");
    long lab = TestContent.labWithEditor(context, "Discovery lab " + tag, editor);
    String atomLink = "<link rel=\"alternate\" type=\"application/atom+xml\"";

    assertThat(TestPages.html(mvc, context, null, "/"))
        .contains(atomLink)
        .contains("href=\"/feeds/all.atom\"")
        .contains("type=\"text/calendar\"");
    assertThat(TestPages.html(mvc, context, null, "/projects"))
        .contains("href=\"/feeds/projects.atom\"");
    assertThat(TestPages.html(mvc, context, null, "/solutions"))
        .contains("href=\"/feeds/solutions.atom\"");
    assertThat(TestPages.html(mvc, context, null, "/events"))
        .contains("href=\"/feeds/events.atom\"", "href=\"/events.ics\"");
    assertThat(TestPages.html(mvc, context, null, "/articles"))
        .contains("href=\"/feeds/articles.atom\"");
    assertThat(TestPages.html(mvc, context, null, "/failure-reports"))
        .contains("href=\"/feeds/failure-reports.atom\"");
    assertThat(TestPages.html(mvc, context, null, "/labs/" + lab))
        .contains("href=\"/feeds/labs/" + lab + ".atom\"")
        .contains("href=\"/labs/" + lab + "/events.ics\"")
        .contains("title=\"What is new about Discovery lab " + tag + "\"");
  }

  @Test
  void anUnchangedFeedIsNotSentAgain() throws Exception {
    // A lab of its own: what other tests publish meanwhile does not change its feed.
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long lab = TestContent.lab(context, Fixtures.lab("Quiet lab " + tag));
    String feed = "/feeds/labs/" + lab + ".atom";
    MvcResult first = mvc.perform(get(feed)).andExpect(status().isOk()).andReturn();
    String etag = first.getResponse().getHeader("ETag");
    assertThat(etag).isNotBlank();

    mvc.perform(get(feed).header("If-None-Match", etag)).andExpect(status().isNotModified());
  }

  private static FailureReportCommand report(String title, long lab, boolean anonymous) {
    return new FailureReportCommand(
        title,
        "Tried a bot",
        "Nobody used it",
        List.of("other"),
        null,
        null,
        null,
        null,
        lab,
        null,
        "en",
        anonymous,
        null);
  }
}
