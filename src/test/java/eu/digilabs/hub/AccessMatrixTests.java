package eu.digilabs.hub;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.accounts.TokenScope;
import eu.digilabs.hub.discussions.Discussions;
import eu.digilabs.hub.events.EventFixtures;
import eu.digilabs.hub.events.EventService;
import eu.digilabs.hub.knowledge.ArticleEditing;
import eu.digilabs.hub.knowledge.ArticleService;
import eu.digilabs.hub.knowledge.FailureReportCommand;
import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.labs.LabFilter;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.labs.LinkRequests;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.reuse.ReuseFixtures;
import eu.digilabs.hub.reuse.SolutionService;
import eu.digilabs.hub.reuse.UptakeService;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * Every write, on the pages and in the API, against every kind of person: a visitor is asked to
 * sign in (pages) or gets 401 (API); a member of another lab gets 403; the lab's editor and an
 * admin may.
 */
@HubTest
class AccessMatrixTests {

  static final String EDITOR = "matrix-editor@example.org";
  static final String OTHER = "matrix-other@example.org";
  static final String ADMIN = "admin@digilabs.localhost";
  static final String READER = "matrix-reader@example.org";

  // Where the writes find the versions of the content they change, after the ids (0 to 5).
  static final int LAB_VERSION = 6;
  static final int PROJECT_VERSION = 7;
  static final int EVENT_VERSION = 8;
  static final int ARTICLE_VERSION = 9;
  static final int REPORT_VERSION = 10;
  static final int SOLUTION = 11;
  static final int SOLUTION_VERSION = 12;
  static final int UPTAKE = 13;
  static final int UPTAKE_VERSION = 14;
  static final int POST = 15;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AccountService accounts;
  @Autowired LabService labs;
  @Autowired ProjectService projects;
  @Autowired EventService events;
  @Autowired ArticleService articles;
  @Autowired ArticleEditing articleEditing;
  @Autowired FailureReportService failureReports;
  @Autowired SolutionService solutions;
  @Autowired UptakeService uptakes;
  @Autowired Discussions discussions;

  long lab;
  long project;
  long event;
  long article;
  long failureReport;
  long linkRequest;
  long solution;
  long uptake;
  long post;

  /** One write: how to send it as a page form or as an API call, for a given lab and project. */
  record Write(
      String name,
      boolean api,
      Function<long[], AbstractMockHttpServletRequestBuilder<?>> request) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Write> writes() {
    return Stream.concat(Stream.concat(contentWrites(), reuseWrites()), moderationWrites());
  }

  /** Moderation of a discussion on the lab's project: its editors and admins. */
  static Stream<Write> moderationWrites() {
    return Stream.of(
        new Write(
            "page: hide post",
            false,
            ids -> post("/moderation/posts/" + ids[POST] + "/hide").param("reason", "Off topic")),
        new Write(
            "page: restore post",
            false,
            ids -> post("/moderation/posts/" + ids[POST] + "/restore")),
        new Write(
            "page: keep reported post",
            false,
            ids -> post("/moderation/posts/" + ids[POST] + "/dismiss")),
        new Write(
            "api: hide post",
            true,
            ids ->
                post("/api/v1/moderation/posts/" + ids[POST] + "/hide")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"Off topic\"}")),
        new Write(
            "api: restore post",
            true,
            ids -> post("/api/v1/moderation/posts/" + ids[POST] + "/restore")));
  }

  /** The reuse marketplace: the provider's writes on a solution and on uptakes of it. */
  static Stream<Write> reuseWrites() {
    String solutionJson =
        "{\"name\":\"Matrix solution\",\"providerLabId\":%d,\"kind\":\"software\","
            + "\"status\":\"available\",\"licence\":\"EUPL-1.2\",\"version\":%d}";
    return Stream.of(
        new Write(
            "page: new solution for lab",
            false,
            ids ->
                post("/solutions")
                    .param("name", "Another solution")
                    .param("providerLabId", Long.toString(ids[0]))
                    .param("kind", "software")
                    .param("status", "available")),
        new Write(
            "page: edit solution",
            false,
            ids ->
                post("/solutions/" + ids[SOLUTION])
                    .param("name", "Matrix solution")
                    .param("providerLabId", Long.toString(ids[0]))
                    .param("kind", "software")
                    .param("status", "available")
                    .param("version", Long.toString(ids[SOLUTION_VERSION]))),
        new Write(
            "page: unpublish solution",
            false,
            ids -> post("/solutions/" + ids[SOLUTION] + "/unpublish")),
        new Write(
            "page: publish solution",
            false,
            ids -> post("/solutions/" + ids[SOLUTION] + "/publish")),
        new Write(
            "page: delete solution", false, ids -> post("/solutions/" + ids[SOLUTION] + "/delete")),
        new Write(
            "page: move uptake",
            false,
            ids ->
                post("/uptakes/" + ids[UPTAKE] + "/stage")
                    .param("stage", "in-agreement")
                    .param("version", Long.toString(ids[UPTAKE_VERSION]))),
        new Write(
            "page: answer uptake",
            false,
            ids -> post("/uptakes/" + ids[UPTAKE] + "/notes").param("note", "Welcome")),
        new Write(
            "api: create solution",
            true,
            ids ->
                post("/api/v1/solutions")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(solutionJson.formatted(ids[0], 0))),
        new Write(
            "api: update solution",
            true,
            ids ->
                put("/api/v1/solutions/" + ids[SOLUTION])
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(solutionJson.formatted(ids[0], ids[SOLUTION_VERSION]))),
        new Write(
            "api: unpublish solution",
            true,
            ids -> post("/api/v1/solutions/" + ids[SOLUTION] + "/unpublish")),
        new Write(
            "api: delete solution", true, ids -> delete("/api/v1/solutions/" + ids[SOLUTION])),
        new Write(
            "api: move uptake",
            true,
            ids ->
                post("/api/v1/uptakes/" + ids[UPTAKE] + "/stage")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"stage\":\"onboarding\",\"version\":%d}"
                            .formatted(ids[UPTAKE_VERSION]))),
        new Write(
            "api: answer uptake",
            true,
            ids ->
                post("/api/v1/uptakes/" + ids[UPTAKE] + "/notes")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"note\":\"Welcome\"}")),
        new Write(
            "page: import publiccode.yml",
            false,
            ids ->
                post("/solutions/import")
                    .param("labId", Long.toString(ids[0]))
                    .param("text", publiccode())),
        new Write(
            "api: import publiccode.yml",
            true,
            ids ->
                post("/api/v1/solutions/imports")
                    .param("labId", Long.toString(ids[0]))
                    .contentType("application/yaml")
                    .content(publiccode())));
  }

  /** A publiccode.yml file of a repository of its own, so that every import is the first. */
  static String publiccode() {
    return """
        publiccodeYmlVersion: "0.4"
        name: Matrix import
        url: https://example.org/matrix-%s.git
        developmentStatus: stable
        softwareType: library
        description:
          en:
            shortDescription: A library imported by the access matrix.
        legal:
          license: EUPL-1.2
        maintenance:
          type: none
        """
        .formatted(UUID.randomUUID());
  }

  static Stream<Write> contentWrites() {
    String labJson = "{\"name\":\"Matrix Lab\",\"country\":\"DE\",\"version\":%d}";
    return Stream.of(
        new Write(
            "page: edit lab",
            false,
            ids ->
                post("/labs/" + ids[0])
                    .param("name", "Matrix Lab")
                    .param("country", "DE")
                    .param("version", Long.toString(ids[LAB_VERSION]))),
        new Write("page: archive lab", false, ids -> post("/labs/" + ids[0] + "/archive")),
        new Write(
            "page: add lab member",
            false,
            ids -> post("/labs/" + ids[0] + "/members").param("email", OTHER)),
        new Write(
            "page: edit project",
            false,
            ids ->
                post("/projects/" + ids[1])
                    .param("title", "Matrix project")
                    .param("leadLabId", Long.toString(ids[0]))
                    .param("version", Long.toString(ids[PROJECT_VERSION]))),
        new Write("page: publish project", false, ids -> post("/projects/" + ids[1] + "/publish")),
        new Write(
            "page: unpublish project", false, ids -> post("/projects/" + ids[1] + "/unpublish")),
        new Write("page: delete project", false, ids -> post("/projects/" + ids[1] + "/delete")),
        new Write(
            "page: new project for lab",
            false,
            ids ->
                post("/projects")
                    .param("title", "Another")
                    .param("leadLabId", Long.toString(ids[0]))),
        new Write(
            "api: update lab",
            true,
            ids ->
                put("/api/v1/labs/" + ids[0])
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(labJson.formatted(ids[LAB_VERSION]))),
        new Write("api: archive lab", true, ids -> delete("/api/v1/labs/" + ids[0])),
        new Write(
            "api: lab logo",
            true,
            ids ->
                put("/api/v1/labs/" + ids[0] + "/logo")
                    .contentType(MediaType.IMAGE_PNG)
                    .content(PNG)),
        new Write(
            "api: create project",
            true,
            ids ->
                post("/api/v1/projects")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"New\",\"leadLabId\":" + ids[0] + "}")),
        new Write(
            "api: update project",
            true,
            ids ->
                put("/api/v1/projects/" + ids[1])
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"title\":\"Matrix project\",\"leadLabId\":"
                            + ids[0]
                            + ",\"version\":"
                            + ids[PROJECT_VERSION]
                            + "}")),
        new Write(
            "api: publish project", true, ids -> post("/api/v1/projects/" + ids[1] + "/publish")),
        new Write(
            "api: unpublish project",
            true,
            ids -> post("/api/v1/projects/" + ids[1] + "/unpublish")),
        new Write("api: delete project", true, ids -> delete("/api/v1/projects/" + ids[1])),
        new Write(
            "page: new event for lab",
            false,
            ids -> eventForm(post("/events"), ids).param("title", "Matrix meetup")),
        new Write(
            "page: edit event",
            false,
            ids ->
                eventForm(post("/events/" + ids[2]), ids)
                    .param("title", "Matrix event")
                    .param("version", Long.toString(ids[EVENT_VERSION]))),
        new Write("page: publish event", false, ids -> post("/events/" + ids[2] + "/publish")),
        new Write("page: cancel event", false, ids -> post("/events/" + ids[2] + "/cancel")),
        new Write("page: delete event", false, ids -> post("/events/" + ids[2] + "/delete")),
        new Write(
            "page: add session",
            false,
            ids ->
                post("/events/" + ids[2] + "/sessions")
                    .param("title", "Matrix talk")
                    .param("kind", "talk")
                    .param("start", "2030-06-01T10:00")
                    .param("end", "2030-06-01T11:00")),
        new Write(
            "page: add speaker",
            false,
            ids -> post("/events/" + ids[2] + "/speakers").param("name", "Matrix Speaker")),
        new Write(
            "page: add organiser",
            false,
            ids -> post("/events/" + ids[2] + "/organisers").param("email", EDITOR)),
        new Write(
            "page: message registered people",
            false,
            ids ->
                post("/events/" + ids[2] + "/message")
                    .param("subject", "Hello")
                    .param("body", "See you")),
        new Write(
            "api: create event",
            true,
            ids ->
                post("/api/v1/events")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(eventJson(ids, 0).replace("\"version\":0,", ""))),
        new Write(
            "api: update event",
            true,
            ids ->
                put("/api/v1/events/" + ids[2])
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(eventJson(ids, ids[EVENT_VERSION]))),
        new Write("api: publish event", true, ids -> post("/api/v1/events/" + ids[2] + "/publish")),
        new Write("api: cancel event", true, ids -> post("/api/v1/events/" + ids[2] + "/cancel")),
        new Write("api: delete event", true, ids -> delete("/api/v1/events/" + ids[2])),
        new Write(
            "api: add session",
            true,
            ids ->
                post("/api/v1/events/" + ids[2] + "/sessions")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"title\":\"Talk\",\"kind\":\"talk\",\"start\":\"2030-06-01T10:00\",\"end\":\"2030-06-01T11:00\"}")),
        new Write(
            "page: edit article",
            false,
            ids ->
                post("/articles/" + ids[3])
                    .param("title", "Matrix guide")
                    .param("kind", "guide")
                    .param("labId", Long.toString(ids[0]))
                    .param("version", Long.toString(ids[ARTICLE_VERSION]))),
        new Write(
            "page: new article for lab",
            false,
            ids ->
                post("/articles")
                    .param("title", "Matrix how-to")
                    .param("kind", "how-to")
                    .param("labId", Long.toString(ids[0]))),
        new Write("page: archive article", false, ids -> post("/articles/" + ids[3] + "/archive")),
        new Write("page: publish article", false, ids -> post("/articles/" + ids[3] + "/publish")),
        new Write(
            "page: restore article version",
            false,
            ids -> post("/articles/" + ids[3] + "/restore/1")),
        new Write(
            "api: update article",
            true,
            ids ->
                put("/api/v1/articles/" + ids[3])
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"title\":\"Matrix guide\",\"kind\":\"guide\",\"labId\":"
                            + ids[0]
                            + ",\"version\":"
                            + ids[ARTICLE_VERSION]
                            + "}")),
        new Write(
            "api: create article for lab",
            true,
            ids ->
                post("/api/v1/articles")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"title\":\"Matrix news\",\"kind\":\"news\",\"labId\":" + ids[0] + "}")),
        new Write(
            "page: attach file to article",
            false,
            ids ->
                MockMvcRequestBuilders.multipart("/articles/" + ids[3] + "/attachments")
                    .file(new MockMultipartFile("file", "logo.png", "image/png", PNG))),
        new Write(
            "api: attach file to article",
            true,
            ids ->
                MockMvcRequestBuilders.multipart("/api/v1/articles/" + ids[3] + "/attachments")
                    .file(new MockMultipartFile("file", "logo.png", "image/png", PNG))),
        new Write(
            "page: edit failure report",
            false,
            ids ->
                post("/failure-reports/" + ids[4])
                    .param("title", "Matrix failure")
                    .param("tried", "Tried")
                    .param("wentWrong", "Went wrong")
                    .param("causes", "other")
                    .param("version", Long.toString(ids[REPORT_VERSION]))),
        new Write(
            "page: unpublish failure report",
            false,
            ids -> post("/failure-reports/" + ids[4] + "/unpublish")),
        new Write(
            "page: delete failure report",
            false,
            ids -> post("/failure-reports/" + ids[4] + "/delete")),
        new Write(
            "api: update failure report",
            true,
            ids ->
                put("/api/v1/failure-reports/" + ids[4])
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"title\":\"Matrix failure\",\"tried\":\"T\",\"wentWrong\":\"W\","
                            + "\"causes\":[\"other\"],\"version\":"
                            + ids[REPORT_VERSION]
                            + "}")),
        new Write(
            "api: delete failure report", true, ids -> delete("/api/v1/failure-reports/" + ids[4])),
        new Write(
            "api: archive article", true, ids -> post("/api/v1/articles/" + ids[3] + "/archive")),
        new Write(
            "api: restore article version",
            true,
            ids -> post("/api/v1/articles/" + ids[3] + "/versions/1/restore")),
        new Write(
            "page: remove organiser",
            false,
            ids -> post("/events/" + ids[2] + "/organisers/0/remove")),
        new Write(
            "page: accept partner link",
            false,
            ids -> post("/labs/" + ids[0] + "/links/project-partner/" + ids[5] + "/accept")),
        new Write(
            "page: decline partner link",
            false,
            ids -> post("/labs/" + ids[0] + "/links/project-partner/" + ids[5] + "/decline")),
        new Write(
            "api: accept partner link",
            true,
            ids -> post("/api/v1/labs/" + ids[0] + "/links/project-partner/" + ids[5] + "/accept")),
        new Write(
            "api: decline partner link",
            true,
            ids ->
                post("/api/v1/labs/" + ids[0] + "/links/project-partner/" + ids[5] + "/decline")),
        new Write(
            "api: publish article", true, ids -> post("/api/v1/articles/" + ids[3] + "/publish")),
        new Write(
            "api: add speaker",
            true,
            ids ->
                post("/api/v1/events/" + ids[2] + "/speakers")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"Speaker\"}")));
  }

  static MockHttpServletRequestBuilder eventForm(
      MockHttpServletRequestBuilder request, long[] ids) {
    return request
        .param("type", "workshop")
        .param("mode", "hybrid")
        .param("venueName", "Matrix venue")
        .param("timeZone", "Europe/Berlin")
        .param("start", "2030-06-01T09:00")
        .param("end", "2030-06-01T17:00")
        .param("labIds", Long.toString(ids[0]));
  }

  static String eventJson(long[] ids, long version) {
    return ("{\"title\":\"Matrix event\",\"type\":\"workshop\",\"mode\":\"hybrid\","
            + "\"venueName\":\"Matrix venue\",\"timeZone\":\"Europe/Berlin\",\"version\":%d,"
            + "\"start\":\"2030-06-01T09:00\",\"end\":\"2030-06-01T17:00\",\"labIds\":[%d]}")
        .formatted(version, ids[0]);
  }

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

  @BeforeEach
  void labWithEditorAndProject() {
    TestAccounts.member(context, EDITOR);
    TestAccounts.member(context, OTHER);
    String name = "Matrix Lab " + System.nanoTime();
    lab = TestContent.lab(context, Fixtures.lab(name));
    TestAccounts.inLab(context, lab, EDITOR, true);
    long otherLab =
        labs.list(new LabFilter("Saarland", null, null, null, null), PageRequest.of(0, 1))
            .getContent()
            .get(0)
            .id();
    TestAccounts.inLab(context, otherLab, OTHER, true);
    // Distinct texts per test: a hundred identical items would be unlike real content and make
    // the meaning index (HNSW) lose the other items (docs/performance.md).
    project =
        TestContent.publishedProject(
            context, Fixtures.project("Matrix project " + name, lab, null));
    event =
        TestContent.event(
            context,
            EventFixtures.hybrid(
                "Matrix event " + name,
                lab,
                LocalDateTime.of(2030, 6, 1, 9, 0),
                LocalDateTime.of(2030, 6, 1, 17, 0),
                10),
            true);
    article =
        TestContent.publishedArticle(
            context, Fixtures.article("Matrix guide " + name, "Text of " + name, "guide", lab));
    // A failure report belongs to its author (here the lab's editor) and the admins.
    failureReport =
        TestAccounts.acting(
            context,
            EDITOR,
            () -> {
              long id =
                  failureReports
                      .create(
                          new FailureReportCommand(
                              "Matrix failure " + name,
                              "Tried",
                              "Went wrong",
                              List.of("other"),
                              null,
                              null,
                              null,
                              null,
                              lab,
                              null,
                              null,
                              false,
                              null))
                      .id();
              failureReports.publish(id, true);
              return id;
            });
    linkRequest = partnerRequestFromAnotherLab(otherLab, name);
    solution =
        TestContent.publishedSolution(
            context, ReuseFixtures.solution("Matrix solution " + name, lab));
    uptake = ReuseFixtures.interestOfOrganisation(context, READER, solution);
    post =
        TestAccounts.acting(
            context,
            READER,
            () -> discussions.post("project:" + project, "Matrix post " + name, null));
  }

  /** The other lab's editor names the matrix lab as partner: a link waiting for its editor. */
  long partnerRequestFromAnotherLab(long otherLab, String name) {
    TestAccounts.acting(
        context,
        OTHER,
        () -> projects.create(Fixtures.project("Partner request " + name, otherLab, List.of(lab))));
    return TestAccounts.acting(
        context, EDITOR, () -> context.getBean(LinkRequests.class).pendingFor(lab).get(0).id());
  }

  /** The ids of the content the writes change, then its current versions. */
  long[] ids() {
    return new long[] {
      lab,
      project,
      event,
      article,
      failureReport,
      linkRequest,
      labs.get(lab).version(),
      projects.get(project).version(),
      events.get(event).version(),
      TestAccounts.asAdmin(context, () -> articleEditing.latest(article).version()),
      TestAccounts.asAdmin(context, () -> failureReports.get(failureReport).version()),
      solution,
      TestAccounts.asAdmin(context, () -> solutions.get(solution).version()),
      uptake,
      TestAccounts.asAdmin(context, () -> uptakes.get(uptake).version()),
      post
    };
  }

  ResultActions send(Write write, String email) throws Exception {
    AbstractMockHttpServletRequestBuilder<?> request = write.request().apply(ids());
    if (write.api()) {
      if (email != null) {
        request.header(
            "Authorization",
            "Bearer " + accounts.createToken(accounts.byEmail(email).orElseThrow().id(), "matrix"));
      }
    } else {
      request.with(csrf());
      if (email != null) {
        request.with(TestAccounts.as(context, email));
      }
    }
    return mvc.perform(request);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void visitorsAreAskedToSignIn(Write write) throws Exception {
    ResultActions result = send(write, null);
    if (write.api()) {
      result.andExpect(status().isUnauthorized());
    } else {
      result.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void membersOfAnotherLabAreForbidden(Write write) throws Exception {
    send(write, OTHER).andExpect(status().isForbidden());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void editorsOfTheLabMay(Write write) throws Exception {
    send(write, EDITOR).andExpect(result -> allowed(write, result.getResponse()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void adminsMay(Write write) throws Exception {
    send(write, ADMIN).andExpect(result -> allowed(write, result.getResponse()));
  }

  static Stream<Write> apiWrites() {
    return writes().filter(Write::api);
  }

  /** A read token of someone who may write is still refused every API write, as problem+json. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("apiWrites")
  void readTokensMayNotWrite(Write write) throws Exception {
    String token =
        accounts.createToken(
            accounts.byEmail(EDITOR).orElseThrow().id(), "matrix-read", 1, TokenScope.READ);
    mvc.perform(write.request().apply(ids()).header("Authorization", "Bearer " + token))
        .andExpect(status().isForbidden())
        .andExpect(
            MockMvcResultMatchers.content().contentTypeCompatibleWith("application/problem+json"));
  }

  /** A page write that worked redirects to its result; an API write answers 2xx. */
  static void allowed(Write write, MockHttpServletResponse response) throws Exception {
    int status = response.getStatus();
    boolean ok =
        write.api()
            ? status == 200 || status == 201 || status == 204
            : status == 302 && !response.getRedirectedUrl().contains("/login");
    if (!ok) {
      throw new AssertionError(
          "expected the write to be allowed, got "
              + status
              + " "
              + response
                  .getContentAsString()
                  .replaceAll("(?s).*?(<div class=\"error-summary\".*?</div>).*", "$1"));
    }
  }
}
