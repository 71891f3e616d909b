package eu.digilabs.hub.reuse;

import static eu.digilabs.hub.Fixtures.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LinkRequests;
import eu.digilabs.hub.projects.ProjectCommand;
import eu.digilabs.hub.taxonomy.Catalogue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Solutions and projects name each other: the provider's own project links at once, another lab's
 * project only once that lab's editor accepts; a project page shows its solutions, and a project
 * for a public service that already has a solution live elsewhere shows it under "before you
 * build", on its page and in its form.
 */
@HubTest
class SolutionProjectsTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired SolutionEditing editing;
  @Autowired SolutionService solutions;
  @Autowired Catalogue catalogue;

  long service(String key) {
    return catalogue.search(key, 5).stream()
        .filter(s -> key.equals(s.key()))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void anotherLabsProjectIsNamedOnlyOnceItsEditorAccepts() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String provider = TestAccounts.member(context, "prov-" + suffix + "@example.org");
    long providerLab = TestContent.labWithEditor(context, "Provider " + suffix, provider);
    String other = TestAccounts.member(context, "other-" + suffix + "@example.org");
    long otherLab = TestContent.labWithEditor(context, "Other " + suffix, other);
    long own = TestContent.publishedProject(context, project("Own " + suffix, providerLab, null));
    long theirs =
        TestContent.publishedProject(context, project("Theirs " + suffix, otherLab, null));
    SolutionCommand naming =
        ReuseFixtures.solution()
            .name("Shared portal " + suffix)
            .lab(providerLab)
            .projects(List.of(own), List.of(theirs))
            .build();
    long id =
        TestAccounts.acting(
            context,
            provider,
            () -> {
              long created = editing.create(naming).id();
              editing.publish(created);
              return created;
            });
    SolutionView view = solutions.get(id);
    assertThat(view.builtBy()).containsOnlyKeys(own);
    assertThat(view.usedBy()).isEmpty();

    LinkRequests links = context.getBean(LinkRequests.class);
    long request =
        TestAccounts.acting(context, other, () -> links.pendingFor(otherLab)).stream()
            .filter(r -> r.kind().equals("solution-project"))
            .findFirst()
            .orElseThrow()
            .id();
    mvc.perform(
            post("/api/v1/labs/" + otherLab + "/links/solution-project/" + request + "/accept")
                .with(TestAccounts.as(context, provider)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/labs/" + otherLab + "/links/solution-project/" + request + "/accept")
                .with(csrf())
                .with(TestAccounts.as(context, other)))
        .andExpect(status().is3xxRedirection());

    assertThat(solutions.get(id).usedBy()).containsOnlyKeys(theirs);
    assertThat(TestPages.html(mvc, context, null, "/projects/" + theirs))
        .contains("Shared portal " + suffix, "used by this project");
    assertThat(TestPages.html(mvc, context, null, "/solutions/" + id))
        .contains("Own " + suffix, "Theirs " + suffix);
  }

  @Test
  void aProjectForAServiceWithALiveSolutionSeesItBeforeItBuilds() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String provider = TestAccounts.member(context, "prov-" + suffix + "@example.org");
    long providerLab = TestContent.labWithEditor(context, "Provider " + suffix, provider);
    String builder = TestAccounts.member(context, "builder-" + suffix + "@example.org");
    long builderLab = TestContent.labWithEditor(context, "Builder " + suffix, builder);
    long wohngeld = service("10092");
    SolutionCommand base = ReuseFixtures.solution("Wohngeld online " + suffix, providerLab);
    long solution = TestContent.publishedSolution(context, base.withServices(List.of(wohngeld)));
    ProjectCommand planned =
        Fixtures.project()
            .title("Unser Wohngeldantrag " + suffix)
            .lab(builderLab)
            .services(List.of(wohngeld))
            .build();
    long project = TestContent.publishedProject(context, planned);

    assertThat(TestPages.html(mvc, context, null, "/projects/" + project))
        .doesNotContain("Before you build");

    long uptake =
        ReuseFixtures.interestOfOrganisation(context, "r-" + suffix + "@example.org", solution);
    UptakeService uptakes = context.getBean(UptakeService.class);
    TestAccounts.acting(
        context,
        provider,
        () ->
            uptakes.move(
                uptake,
                new UptakeCommands.Move("live", null, null, uptakes.get(uptake).version())));

    assertThat(TestPages.html(mvc, context, null, "/projects/" + project))
        .contains("Before you build", "Wohngeld online " + suffix, "live in 1 German state");
    assertThat(TestPages.html(mvc, context, builder, "/projects/" + project + "/edit"))
        .contains("Before you build", "Wohngeld online " + suffix);
  }
}
