package eu.digilabs.hub.taxonomy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An OZG service described in words: its name, OZG-ID, Themenfeld and Lebenslage, description and
 * the names of the LeiKa services within it. What the assistant can quote about the catalogue.
 */
public record ServiceText(
    long id,
    @Nullable String key,
    String name,
    @Nullable String subject,
    @Nullable String situation,
    @Nullable String description,
    List<String> leikaServices) {}
