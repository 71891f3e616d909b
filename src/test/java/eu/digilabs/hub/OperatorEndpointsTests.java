package eu.digilabs.hub;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.SignUpService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.projects.Imports;
import eu.digilabs.hub.shared.ImportReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What operators reach on the main port: health probes for everyone without details, Prometheus
 * metrics with the hub's own meters for admins only, and no other actuator endpoint.
 */
@HubTest
@AutoConfigureMetrics
@TestPropertySource(properties = {"hub.site.name=Stadtlabor Nord", "hub.site.logo=site/logo.png"})
class OperatorEndpointsTests {

  static final String ADMIN = "admin@digilabs.localhost";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AccountService accounts;
  @Autowired SignUpService signUps;
  @Autowired Imports imports;

  @Test
  void livenessAndReadinessAreUpAfterStartAndShowNoDetailsToVisitors() throws Exception {
    mvc.perform(get("/actuator/health/liveness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
    // The start-up rebuilds the empty index in the background: ready once that is done.
    await()
        .atMost(Duration.ofMinutes(2))
        .untilAsserted(
            () ->
                mvc.perform(get("/actuator/health/readiness"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP")));
    mvc.perform(get("/readyz")).andExpect(status().isOk());
    mvc.perform(get("/livez")).andExpect(status().isOk());
    mvc.perform(get("/actuator/health"))
        .andExpect(jsonPath("$.status").exists())
        .andExpect(jsonPath("$.components").doesNotExist())
        .andExpect(jsonPath("$.details").doesNotExist());
    mvc.perform(get("/actuator/health").with(TestAccounts.as(context, ADMIN)))
        .andExpect(jsonPath("$.components.indexRebuild.status").exists())
        .andExpect(jsonPath("$.components.passageRebuild.status").exists());
  }

  @Test
  void metricsAreForAdminsOnlyAndNameTheHubsMeters(@TempDir Path ozg) throws Exception {
    String member = TestAccounts.member(context, "metrics-member@example.org");
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/prometheus").with(TestAccounts.as(context, member)))
        .andExpect(status().isForbidden());

    mvc.perform(get("/search").param("q", "Labor")).andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/assistant/answers")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"question\":\"Which labs are there?\"}"))
        .andExpect(status().isOk());
    signUps.signUp("metrics-mail@example.org", "Metrics Mail", "mail-password-1", Locale.ENGLISH);
    importOneSubject(ozg);

    mvc.perform(get("/actuator/prometheus").with(TestAccounts.as(context, ADMIN)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("http_server_requests_seconds_count"),
                        containsString("hub_search_queries_seconds_count"),
                        containsString("hub_assistant_answers_seconds_count"),
                        containsString("hub_import_items_total"),
                        containsString("hub_mails_total"))));
    String token =
        accounts.createToken(accounts.byEmail(ADMIN).orElseThrow().id(), "prometheus-scrape");
    mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
  }

  @Test
  void otherActuatorEndpointsAreNotThere() throws Exception {
    for (String endpoint : new String[] {"env", "beans", "configprops", "heapdump", "loggers"}) {
      mvc.perform(get("/actuator/" + endpoint)).andExpect(status().isUnauthorized());
      mvc.perform(get("/actuator/" + endpoint).with(TestAccounts.as(context, ADMIN)))
          .andExpect(status().isNotFound())
          .andExpect(content().string(not(containsString("spring.datasource"))));
    }
  }

  private void importOneSubject(Path folder) throws Exception {
    Files.writeString(
        folder.resolve("ozg_subject.csv"),
        "id,modified_at,created_at,name,hidden\n7901,,,Metrikfeld,0\n");
    Files.writeString(
        folder.resolve("ozg_situation.csv"), "id,subject_id,modified_at,created_at,name,hidden\n");
    Files.writeString(
        folder.resolve("ozg_service_system.csv"),
        "id,situation_id,priority_id,service_key,contact,description,modified_at,created_at,name,hidden,status_id\n");
    Files.writeString(
        folder.resolve("ozg_service.csv"),
        "id,description,modified_at,created_at,name,hidden,service_system_id,service_key\n");
    imports.importOzg(folder, new ImportReport());
  }
}
