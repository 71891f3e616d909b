package eu.digilabs.hub.taxonomy;

import java.util.List;

/**
 * An OZG service described in words: its name, OZG-ID, Themenfeld and Lebenslage, description and
 * the names of the LeiKa services within it. What the assistant can quote about the catalogue.
 */
public record ServiceText(
    long id,
    String key,
    String name,
    String subject,
    String situation,
    String description,
    List<String> leikaServices) {}
