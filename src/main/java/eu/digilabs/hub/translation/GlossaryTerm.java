package eu.digilabs.hub.translation;

/**
 * A glossary term as the admin page shows it.
 *
 * @param id the admin's entry, 0 for a term the hub ships
 * @param from the source language, {@code *} for any
 * @param to the target language, {@code *} for any
 */
public record GlossaryTerm(long id, String from, String to, String term, String rendering) {}
