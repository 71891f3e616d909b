package eu.digilabs.hub.opendata;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open data settings ({@code hub.open-data.*}).
 *
 * @param licenceUrl the licence of every file and of the catalogue's datasets
 * @param licenceName how pages and files name it
 * @param checkEvery how often datasets are checked for changes and changed ones exported again
 * @param publisher the publisher named in the catalogue
 * @param contactEmail the catalogue's contact point
 */
@ConfigurationProperties("hub.open-data")
public record OpenDataProperties(
    @DefaultValue("https://creativecommons.org/licenses/by/4.0/") String licenceUrl,
    @DefaultValue("CC BY 4.0") String licenceName,
    @DefaultValue("5m") Duration checkEvery,
    @DefaultValue("Digilabs Hub") String publisher,
    @DefaultValue("opendata@digilabs.localhost") String contactEmail) {}
