package eu.digilabs.hub.projects;

import java.time.Instant;
import java.util.List;

/**
 * A change history entry: {@code action} is created, updated, published, unpublished or imported.
 */
public record ChangeView(String author, Instant at, String action, List<String> fields) {}
