package eu.digilabs.hub;

import eu.digilabs.hub.search.ReindexCommand;
import eu.digilabs.hub.search.RelevanceEvaluation;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Digilabs Hub: one application, one top-level package per module.
 *
 * <p>{@code java -jar digilabs-hub.jar} serves the platform. Commands run with the same
 * configuration, without serving, and exit: {@code reindex} rebuilds the search index; {@code
 * evaluate-search FILE} prints nDCG@10 and MRR over a judged query set.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HubApplication {
  public static void main(String[] args) throws Exception {
    String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : null;
    if (command == null) {
      SpringApplication.run(HubApplication.class, args);
      return;
    }
    int operands = "evaluate-search".equals(command) ? 2 : 1;
    if (!"reindex".equals(command) && !"evaluate-search".equals(command)
        || args.length < operands) {
      System.err.println(
          "Usage: java -jar digilabs-hub.jar [reindex | evaluate-search FILE] [--option=value ...]");
      System.exit(2);
    }
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(HubApplication.class)
            .web(WebApplicationType.NONE)
            .run(Arrays.copyOfRange(args, operands, args.length));
    int code =
        "reindex".equals(command)
            ? context.getBean(ReindexCommand.class).run(System.out)
            : context.getBean(RelevanceEvaluation.class).run(Path.of(args[1]), System.out);
    System.exit(SpringApplication.exit(context, () -> code));
  }
}
