package eu.digilabs.hub.reuse;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reuse marketplace ({@code hub.reuse}).
 *
 * @param publiccodeDir a folder of publiccode.yml files ({@code *.yml}, {@code *.yaml}) imported as
 *     draft solutions before the platform serves; none when blank
 * @param publiccodeLab the lab that provides them; without one, each file's owner organisation
 */
@ConfigurationProperties("hub.reuse")
record ReuseProperties(@Nullable String publiccodeDir, @Nullable Long publiccodeLab) {

  /** Bound as text, so that a relative path such as ../data survives. */
  @Nullable Path publiccodeFolder() {
    return publiccodeDir == null || publiccodeDir.isBlank() ? null : Path.of(publiccodeDir.strip());
  }
}
