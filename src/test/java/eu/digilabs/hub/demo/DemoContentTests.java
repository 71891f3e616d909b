package eu.digilabs.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.MemberView;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.projects.ProjectView;
import eu.digilabs.hub.reuse.SolutionFilter;
import eu.digilabs.hub.reuse.SolutionService;
import eu.digilabs.hub.reuse.UptakeService;
import eu.digilabs.hub.shared.ImportReport;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The demo content as visitors and demo accounts meet it, loaded through the services. */
@HubTest
class DemoContentTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ProjectService projects;
  @Autowired AccountService accounts;
  @Autowired Catalogue catalogue;

  @Test
  void demoContentIsPublishedAndMarkedAsDemo() throws Exception {
    ProjectView bafoeg = project("BAföG Digital");
    assertThat(bafoeg.published()).isTrue();
    assertThat(bafoeg.demo()).isTrue();
    assertThat(bafoeg.partnerLabs())
        .containsValue("Digitalisierungslabor der Universität zu Lübeck");
    mvc.perform(get("/projects/" + bafoeg.id()).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("badge")));
    mvc.perform(get("/events").param("lang", "en"))
        .andExpect(
            content().string(containsString("User research for EfA services: a lab workshop")));
  }

  @Test
  void bafoegDigitalIsASolutionLinkedBothWaysWithExampleUptakes() throws Exception {
    ProjectView project = bafoeg();
    var solutions = context.getBean(SolutionService.class);
    var row =
        solutions.list(SolutionFilter.words("BAföG Digital"), 0, 100).getContent().stream()
            .filter(s -> s.name().equals("BAföG Digital"))
            .findFirst()
            .orElseThrow();
    assertThat(row.demo()).isTrue();
    assertThat(row.statesLive()).isEqualTo(1);
    assertThat(solutions.get(row.id()).builtBy()).containsKey(project.id());
    mvc.perform(get("/projects/" + project.id()).param("lang", "en"))
        .andExpect(content().string(containsString("/solutions/" + row.id())));
    String page =
        mvc.perform(get("/solutions/" + row.id()).param("lang", "en"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Digitalisierungslabor Saarland", "Universität zu Lübeck", "Onboarding")
        .doesNotContain("Ministerium für Finanzen und Wissenschaft des Saarlandes");
    var uptakes = context.getBean(UptakeService.class);
    assertThat(TestAccounts.asAdmin(context, () -> uptakes.forSolution(row.id())))
        .hasSize(3)
        .allSatisfy(u -> assertThat(u.demo()).isTrue());
  }

  @Test
  void demoLabsHaveOnlyTheirDemoMembers() {
    long luebeck = bafoeg().partnerLabs().keySet().iterator().next();
    assertThat(accounts.members(luebeck))
        .extracting(MemberView::email)
        .containsExactly("editor@demo.digilabs.localhost");
    TestAccounts.acting(
        context,
        "editor@demo.digilabs.localhost",
        () -> assertThat(projects.mayEdit(bafoeg())).isTrue());
  }

  @Test
  void demoProjectsAreLinkedToTheirOzgServicesOnceTheCatalogueIsImported(@TempDir Path folder)
      throws Exception {
    writeCatalogue(folder);
    catalogue.importOzg(folder, new ImportReport());
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(project("BAföG Digital").services())
                  .extracting(ServiceView::key)
                  .containsExactly("10056");
              assertThat(project("Chatbot für Bürgeranfragen").services())
                  .extracting(ServiceView::key)
                  .containsExactly("10077");
              assertThat(project("Robotik für den Katastrophenschutz").services())
                  .extracting(ServiceView::key)
                  .containsExactly("10246");
            });
  }

  private ProjectView bafoeg() {
    return project("BAföG Digital");
  }

  private ProjectView project(String title) {
    Map<Long, String> titles = projects.publishedTitles(projects.publishedIds());
    long id =
        titles.entrySet().stream()
            .filter(e -> e.getValue().equals(title))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    return projects.get(id);
  }

  /** The three OZG services of the demo projects, as the reference data holds them. */
  private static void writeCatalogue(Path folder) throws Exception {
    Files.writeString(
        folder.resolve("ozg_subject.csv"),
        String.join(
            "\n",
            List.of(
                "id,modified_at,created_at,name,hidden",
                "3,,,Bildung,0",
                "11,,,Recht & Ordnung,0",
                "12,,,Steuern & Zoll,0",
                "")));
    Files.writeString(
        folder.resolve("ozg_situation.csv"),
        String.join(
            "\n",
            List.of(
                "id,subject_id,modified_at,created_at,name,hidden",
                "44,12,,,Steuererklärung,0",
                "46,3,,,Studium,0",
                "54,11,,,Weitere Leistungen,0",
                "")));
    Files.writeString(
        folder.resolve("ozg_service_system.csv"),
        String.join(
            "\n",
            List.of(
                "id,situation_id,priority_id,service_key,contact,description,modified_at,created_at,name,hidden,status_id",
                "55,46,1,10056,,,,,Ausbildungsförderung (BAföG),0,1",
                "141,44,1,10077,,,,,Einkommensteuer,0,1",
                "370,54,1,10246,,,,,Notfallrettung,0,1",
                "")));
    Files.writeString(
        folder.resolve("ozg_service.csv"),
        "id,description,modified_at,created_at,name,hidden,service_system_id,service_key\n");
  }
}
