package eu.digilabs.hub.operations;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs {@code backup DIR} and {@code restore DIR [--force]} with the platform's configuration
 * (files, environment, {@code --option=value} arguments) but without starting it: the database,
 * index and web server stay closed.
 */
public final class DataCommands {

  private DataCommands() {}

  /** Reads the configuration only: no beans but this marker. */
  static final class ConfigurationOnly {}

  /** {@code args}: the command, the folder, then options; answers the exit code. */
  public static int run(String[] args, PrintStream out) {
    if (args.length < 2 || args[1].startsWith("-")) {
      out.println(
          "Usage: java -jar digilabs-hub.jar backup|restore DIR [--force] [--option=value]");
      return 2;
    }
    String[] options = Arrays.copyOfRange(args, 2, args.length);
    boolean force = Arrays.asList(options).contains("--force");
    DataLocation location;
    SpringApplication configuration = new SpringApplication(ConfigurationOnly.class);
    configuration.setWebApplicationType(WebApplicationType.NONE);
    configuration.setBannerMode(Banner.Mode.OFF);
    configuration.setLogStartupInfo(false);
    try (ConfigurableApplicationContext context =
        configuration.run(
            Arrays.stream(options).filter(o -> !"--force".equals(o)).toArray(String[]::new))) {
      location = DataLocation.of(context.getEnvironment());
    }
    Path folder = Path.of(args[1]);
    return "backup".equals(args[0])
        ? new Backup(location, out).run(folder)
        : new Restore(location, out).run(folder, force);
  }
}
