package eu.digilabs.hub;

import eu.digilabs.hub.projects.ReferenceData;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Waits before a {@link ReferenceDataTest} class until the background import has finished. */
class ReferenceDataImported implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    ReferenceData referenceData =
        SpringExtension.getApplicationContext(context).getBean(ReferenceData.class);
    Awaitility.await()
        .atMost(Duration.ofMinutes(30))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> referenceData.running().isEmpty());
  }
}
