package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import eu.digilabs.hub.events.EventService;
import eu.digilabs.hub.knowledge.ArticleService;
import eu.digilabs.hub.knowledge.CourseService;
import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.labs.LabFilter;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.opendata.OpenDataExports;
import eu.digilabs.hub.projects.ProjectFilter;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.reuse.SolutionFilter;
import eu.digilabs.hub.reuse.SolutionService;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.web.Languages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver, installed by
 * .ci/run): axe-core finds no WCAG 2.1 A/AA violation on any page in either language, and the error
 * pages and cookies are what a browser gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserTests {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  static WebDriver browser;

  @LocalServerPort int port;
  @Autowired LabService labs;
  @Autowired ProjectService projects;
  @Autowired Catalogue catalogue;
  @Autowired EventService events;
  @Autowired ArticleService articles;
  @Autowired FailureReportService failureReports;

  @Autowired CourseService courses;
  @Autowired SolutionService solutions;
  @Autowired OpenDataExports openData;

  /** The demo's BAföG Digital solution, with its example uptakes. */
  long bafoegSolution() {
    return solutions.list(SolutionFilter.words("BAföG Digital"), 0, 100).getContent().stream()
        .filter(s -> s.name().equals("BAföG Digital"))
        .findFirst()
        .orElseThrow()
        .id();
  }

  long firstLesson() {
    return courses.course("intro-lab-method-en").modules().get(0).lessons().get(0).id();
  }

  long digilabs2021() {
    return events.list(null, null, false, 0, 50).getContent().stream()
        .filter(e -> e.title().equals("Digilabs 2021"))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @BeforeAll
  static void startBrowser() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && System.getenv("CI") != null) {
      throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
    }
    Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1024",
        "--user-data-dir=" + Files.createTempDirectory("chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  List<String> pages() {
    openData.refresh();
    long lab =
        labs.list(new LabFilter("Lübeck", null, null, null, null), PageRequest.of(0, 1))
            .getContent()
            .get(0)
            .id();
    long project =
        projects
            .list(
                new ProjectFilter(
                    "BAföG", null, null, null, null, null, null, null, null, null, null, null,
                    null),
                0,
                1)
            .getContent()
            .get(0)
            .id();
    long subject = catalogue.subjects().get(0).id();
    long event = digilabs2021();
    var panel =
        events.programme(event).stream()
            .filter(s -> s.kind().equals("panel"))
            .findFirst()
            .orElseThrow();
    long guide = articles.list("guide", "de", null, 0, 1).getContent().get(0).id();
    long failure = failureReports.list(null, null, 0, 1).getContent().get(0).id();
    return List.of(
        "/courses",
        "/courses/intro-lab-method-de",
        "/courses/intro-lab-method-en/lessons/" + firstLesson(),
        "/certificates/DLH-NOSUCHCODE",
        "/methods",
        "/methods?phase=discover&minutes=60&people=2",
        "/methods?minutes=soon",
        "/methods/user-interviews",
        "/failure-reports",
        "/failure-reports?cause=procurement",
        "/failure-reports/" + failure,
        "/lessons-learned",
        "/articles",
        "/articles?kind=guide&language=de",
        "/articles/" + guide,
        "/articles/" + guide + "/print",
        "/articles/" + guide + "/history",
        "/articles/" + guide + "/diff?from=1&to=1",
        "/search?type=article",
        "/events",
        "/events?when=past&mode=hybrid",
        "/events/" + event,
        "/events/" + event + "?track=" + panel.roomId(),
        "/sessions/" + panel.id(),
        "/events/" + event + "/speakers/" + panel.speakers().get(0).id(),
        "/search?type=session",
        "/",
        "/labs",
        "/labs?country=DE&level=regional",
        "/labs/" + lab,
        "/projects",
        "/projects?technology=chatbot",
        "/projects/" + project,
        "/projects?subject=" + subject,
        "/solutions",
        "/solutions?kind=online-service&licence=open-source",
        "/solutions/" + bafoegSolution(),
        "/services/"
            + catalogue.search("10056", 5).stream()
                .filter(s -> "10056".equals(s.key()))
                .findFirst()
                .orElseThrow()
                .id()
            + "/solutions",
        "/search?type=solution",
        "/countries",
        "/open-data",
        "/dashboard",
        "/dashboard?country=DE&level=regional",
        "/search?q=chatbot",
        "/search?type=project&country=DE",
        "/assistant",
        "/organisations",
        "/login",
        "/signup",
        "/password/forgot",
        "/about/accessibility",
        "/about/privacy",
        "/about/imprint",
        "/no-such-page");
  }

  void signIn(String email, String password) {
    browser.get(url("/login"));
    browser.findElement(By.id("email")).sendKeys(email);
    browser.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  List<String> violations(String path) {
    browser.get(url(path));
    Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
    assertThat(results.getPasses()).as("axe ran its rules on " + path).isNotEmpty();
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      found.add(
          path
              + ": "
              + rule.getId()
              + " ("
              + rule.getHelp()
              + ") at "
              + rule.getNodes().stream()
                  .map(n -> String.valueOf(n.getTarget()))
                  .collect(Collectors.joining(", ")));
    }
    return found;
  }

  @Test
  void everyPageHasNoAccessibilityViolationsInEveryLanguage() {
    List<String> found = new ArrayList<>();
    for (String language : Languages.codes()) {
      browser.get(url("/?lang=" + language));
      for (String path : pages()) {
        found.addAll(violations(path));
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void formsWithErrorsAndSignedInPagesHaveNoAccessibilityViolations() {
    signIn("editor@demo.digilabs.localhost", "digilabs-demo-2021");
    List<String> found = new ArrayList<>();
    for (String language : Languages.codes()) {
      browser.get(url("/?lang=" + language));
      found.addAll(violations("/labs/new"));
      found.addAll(violations("/projects/new"));
      found.addAll(violations("/profile"));
      long event = digilabs2021();
      for (String path :
          List.of(
              "/articles/new",
              "/failure-reports/new",
              "/courses/intro-lab-method-de",
              "/articles/"
                  + articles.list("guide", "de", null, 0, 1).getContent().get(0).id()
                  + "/edit",
              "/events/new",
              "/events/" + event + "/manage",
              "/events/" + event + "/edit",
              "/events/" + event + "/sessions/new",
              "/events/" + event + "/speakers/new",
              "/events/" + event + "/registrations",
              "/agenda",
              "/solutions/new",
              "/solutions/import",
              "/solutions/" + bafoegSolution(),
              "/following",
              "/activity",
              "/notifications",
              "/profile/notifications",
              "/unsubscribe?token=unknown",
              "/moderation",
              "/questions",
              "/questions/new",
              "/profile/sent",
              "/members",
              "/services/" + catalogue.search("10056", 1).get(0).id() + "/solutions",
              "/labs/" + labs.all().get(0).id() + "/contact")) {
        found.addAll(violations(path));
      }
      browser.get(url("/labs/new"));
      browser.findElement(By.id("foundedYear")).sendKeys("1800");
      browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
      WebElement nameError =
          new WebDriverWait(browser, Duration.ofSeconds(10))
              .until(ExpectedConditions.presenceOfElementLocated(By.id("name-error")));
      assertThat(nameError.getText()).isNotBlank();
      assertThat(browser.findElement(By.id("foundedYear")).getAttribute("value")).isEqualTo("1800");
      Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
      results
          .getViolations()
          .forEach(
              rule -> found.add("lab form with errors: " + rule.getId() + " " + rule.getHelp()));
      browser.get(url("/events/new"));
      browser.findElement(By.id("venueName")).sendKeys("Rathaus");
      browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("title-error")));
      assertThat(browser.findElement(By.id("venueName")).getAttribute("value"))
          .isEqualTo("Rathaus");
      new AxeBuilder()
          .withTags(WCAG)
          .analyze(browser)
          .getViolations()
          .forEach(
              rule -> found.add("event form with errors: " + rule.getId() + " " + rule.getHelp()));
    }
    browser.findElement(By.cssSelector("header form button")).click();
    assertThat(found).isEmpty();
  }

  @Test
  void adminPagesHaveNoAccessibilityViolations() {
    signIn("admin@digilabs.localhost", "test-admin-password");
    List<String> found = new ArrayList<>();
    for (String language : Languages.codes()) {
      browser.get(url("/?lang=" + language));
      for (String path :
          List.of(
              "/admin",
              "/admin/users",
              "/admin/outbox",
              "/admin/search",
              "/admin/synonyms",
              "/admin/imports",
              "/admin/taxonomies?vocabulary=technology",
              "/admin/assistant",
              "/admin/legal",
              "/admin/legal/accessibility/de",
              "/solutions/" + bafoegSolution(),
              "/solutions/" + bafoegSolution() + "/edit",
              "/organisations")) {
        found.addAll(violations(path));
      }
    }
    browser.findElement(By.cssSelector("header form button")).click();
    assertThat(found).isEmpty();
  }

  @Test
  void theAssistantStreamsACitedAnswerIntoTheConversation() {
    List<String> found = new ArrayList<>();
    for (String[] asked :
        List.of(
            new String[] {"en", "What went wrong with e-signature pilots?", "eID"},
            new String[] {
              "de", "Wie starte ich ein Digitalisierungslabor?", "Digitalisierungslabor"
            })) {
      browser.get(url("/assistant?lang=" + asked[0]));
      browser.findElement(By.id("question")).sendKeys(asked[1]);
      browser.findElement(By.cssSelector("#ask button[type=submit]")).click();
      // The streamed turn is replaced by the finished one: look it up again until it is there.
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .ignoring(StaleElementReferenceException.class)
          .until(
              d ->
                  !d.findElements(By.cssSelector("#turns li.turn .sources")).isEmpty()
                      && d.findElement(By.cssSelector("#turns li.turn")).getText().contains("[1]"));
      WebElement sources = browser.findElement(By.cssSelector("#turns li.turn .sources"));
      WebElement turn = browser.findElement(By.cssSelector("#turns li.turn"));
      assertThat(turn.getText()).contains(asked[1]).contains(asked[2]).contains("[1]");
      assertThat(sources.findElements(By.cssSelector("a[href]"))).isNotEmpty();
      // The page was not reloaded (the form post would go to /assistant?c=...): the answer came
      // into the live region.
      assertThat(browser.getCurrentUrl()).doesNotContain("c=");
      assertThat(browser.findElement(By.id("question")).getAttribute("value")).isEmpty();
      Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
      results
          .getViolations()
          .forEach(v -> found.add(asked[0] + ": " + v.getId() + " " + v.getHelp()));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void suggestionsAppearWhileTypingAndAreReachedByKeyboard() {
    browser.get(url("/search?lang=en"));
    browser.findElement(By.id("q")).sendKeys("Digitalisierungsl");
    WebElement first =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#suggestions li a")));
    assertThat(first.getText()).contains("Digitalisierungslabor");
    Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
    assertThat(results.getViolations()).isEmpty();
    browser.findElement(By.id("q")).sendKeys(Keys.TAB);
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    assertThat(browser.switchTo().activeElement().getText()).isEqualTo(first.getText());
  }

  @Test
  void theKeyboardReachesTheSkipLinkFirstAndItMovesToTheContent() {
    browser.get(url("/projects?lang=en"));
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Skip to content");
    focused.sendKeys(Keys.ENTER);
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
  }

  @Test
  void errorPagesAreFriendlyInTheVisitorsLanguageAndNeverShowAStackTrace() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> missing =
        http.send(
            HttpRequest.newBuilder(URI.create(url("/labs/987654")))
                .header("Accept-Language", "de")
                .header("Accept", "text/html")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body())
        .contains("Seite nicht gefunden", "<html lang=\"de\">")
        .doesNotContain("Exception", "at eu.");
    HttpResponse<String> bad =
        http.send(
            HttpRequest.newBuilder(URI.create(url("/labs/not-a-number")))
                .header("Accept-Language", "en")
                .header("Accept", "text/html")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("That did not work").doesNotContain("NumberFormatException");
    HttpResponse<String> api =
        http.send(
            HttpRequest.newBuilder(URI.create(url("/api/v1/nothing-here")))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("JSESSIONID=")
                    .contains("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
  }
}
