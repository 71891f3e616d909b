package eu.digilabs.hub.projects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reference data in the jar ({@code hub.reference-data}).
 *
 * @param enabled import it in the background on the first start (once per installation)
 */
@ConfigurationProperties("hub.reference-data")
record ReferenceDataProperties(@DefaultValue("true") boolean enabled) {}
