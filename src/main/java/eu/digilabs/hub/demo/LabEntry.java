package eu.digilabs.hub.demo;

import eu.digilabs.hub.labs.LabCommand;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A demo lab as {@code demo/labs.json} describes it; {@code host} is an organisation's key. */
record LabEntry(
    String key,
    String name,
    String shortName,
    String description,
    String country,
    @Nullable String region,
    String level,
    String host,
    int founded,
    String website,
    List<String> policyAreas,
    List<String> methods,
    List<String> languages) {

  LabCommand command(DemoKeys keys) {
    return new LabCommand(
        name,
        shortName,
        description,
        country,
        region,
        level,
        keys.organisation(host),
        founded,
        website,
        null,
        policyAreas,
        methods,
        languages,
        "active",
        null);
  }
}
