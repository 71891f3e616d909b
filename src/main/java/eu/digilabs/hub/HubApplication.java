package eu.digilabs.hub;

import eu.digilabs.hub.assistant.AssistantEvaluation;
import eu.digilabs.hub.operations.DataCommands;
import eu.digilabs.hub.projects.ReferenceData;
import eu.digilabs.hub.search.ReindexCommand;
import eu.digilabs.hub.search.RelevanceEvaluation;
import eu.digilabs.hub.shared.EventBacklog;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Digilabs Hub: one application, one top-level package per module.
 *
 * <p>{@code java -jar digilabs-hub.jar} serves the platform. Commands run with the same
 * configuration, without serving (on a free loopback port), and exit: {@code reindex} rebuilds the
 * search index; {@code evaluate-search FILE} prints nDCG@10 and MRR over a judged query set; {@code
 * evaluate-assistant FILE} prints the assistant's citation recall, key facts and declines over a
 * development set; {@code backup DIR} and {@code restore DIR [--force]} copy the data directory and
 * the configuration (these two read the configuration only and start nothing).
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
    if ("backup".equals(command) || "restore".equals(command)) {
      System.exit(DataCommands.run(args, System.out));
    }
    boolean evaluation = "evaluate-search".equals(command) || "evaluate-assistant".equals(command);
    int operands = evaluation ? 2 : 1;
    if (!"reindex".equals(command) && !evaluation || args.length < operands) {
      System.err.println(
          "Usage: java -jar digilabs-hub.jar [reindex | evaluate-search FILE | evaluate-assistant"
              + " FILE | backup DIR | restore DIR [--force]] [--option=value ...]");
      System.exit(2);
    }
    // The pages' beans need a web context; it listens on a free port on the loopback address only.
    // A command serves nobody: it runs the start-up tasks (demo content, ...) before its work, and
    // says so on its command line, which application.properties cannot override.
    String[] options = new String[args.length - operands + 1];
    options[0] = "--hub.startup.in-background=false";
    System.arraycopy(args, operands, options, 1, args.length - operands);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(HubApplication.class)
            .properties("server.port=0", "server.address=127.0.0.1")
            .run(options);
    if (evaluation) {
      // The judged items include the reference data, which a first start imports in the
      // background: evaluate once it is all there.
      ReferenceData referenceData = context.getBean(ReferenceData.class);
      while (referenceData.running().isPresent()) {
        Thread.sleep(1000);
      }
    }
    int code =
        switch (command) {
          case "reindex" -> context.getBean(ReindexCommand.class).run(System.out);
          case "evaluate-search" ->
              context.getBean(RelevanceEvaluation.class).run(Path.of(args[1]), System.out);
          default -> context.getBean(AssistantEvaluation.class).run(Path.of(args[1]), System.out);
        };
    // What this run published (the reference data's first import: thousands of items) reaches
    // every listener before the hub stops: stopping midway leaves publications that the next
    // start may not finish.
    Instant started = Instant.ofEpochMilli(context.getStartupDate());
    if (!context.getBean(EventBacklog.class).await(started, Duration.ofMinutes(30))) {
      System.err.println("Stopping with content changes not yet handled by every listener.");
    }
    System.exit(SpringApplication.exit(context, () -> code));
  }
}
