package eu.digilabs.hub.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and its security scheme: personal tokens as bearer tokens. */
@Configuration
class ApiDocumentation {

  @Bean
  OpenAPI hubOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Digilabs Hub API")
                .version("v1")
                .description(
                    "Labs, organisations, projects and vocabularies of Digilabs Hub. Reading is"
                        + " open; writing needs a personal token from the profile page. Errors are"
                        + " RFC 9457 problem+json."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "token",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A personal API token (dlh_...) from the profile page")))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }
}
