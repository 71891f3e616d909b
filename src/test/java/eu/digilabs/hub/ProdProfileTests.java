package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import eu.digilabs.hub.labs.LabFilter;
import eu.digilabs.hub.labs.LabService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The prod profile never loads demo content, even when asked to, and sends HSTS. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "prod"})
@TestPropertySource(properties = "hub.demo.enabled=true")
class ProdProfileTests {

  @Autowired LabService labs;
  @Autowired MockMvc mvc;

  @Test
  void noDemoContentInProduction() throws Exception {
    assertThat(labs.list(LabFilter.none(), PageRequest.of(0, 1)).getTotalElements()).isZero();
    mvc.perform(get("https://hub.example.org/"))
        .andExpect(
            header()
                .string(
                    "Strict-Transport-Security",
                    org.hamcrest.Matchers.containsString("max-age=31536000")));
  }
}
