package eu.digilabs.hub.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The installation's name and logo in the page header and titles ({@code hub.site.*}).
 *
 * @param name the site's name, "Digilabs Hub" unless set
 * @param logo a PNG or JPEG file, absolute or relative to the data directory, served by the hub at
 *     {@code /site/logo} (the pages load images from the hub only); none when blank
 */
@ConfigurationProperties("hub.site")
public record Site(String name, @Nullable String logo) {

  public Site {
    name = name == null || name.isBlank() ? "Digilabs Hub" : name.strip();
    logo = logo == null || logo.isBlank() ? null : logo.strip();
  }

  /** The logo's address for an {@code img}; null without a logo. */
  public @Nullable String logoUrl() {
    return logo == null ? null : "/site/logo";
  }
}
