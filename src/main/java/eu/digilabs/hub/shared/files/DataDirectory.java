package eu.digilabs.hub.shared.files;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code hub.data-dir} absolute before anything uses it: H2 refuses database paths that are
 * implicitly relative ({@code --hub.data-dir=data}), and the index, uploads and database must agree
 * on one place whatever the working directory was.
 */
public class DataDirectory implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String configured = environment.getProperty("hub.data-dir");
    if (configured == null || configured.isBlank()) {
      return;
    }
    String absolute = Path.of(configured.strip()).toAbsolutePath().normalize().toString();
    if (!absolute.equals(configured)) {
      environment
          .getPropertySources()
          .addFirst(new MapPropertySource("hub-data-dir", Map.of("hub.data-dir", absolute)));
    }
  }

  /** After the configuration files and the command line are read. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
