package eu.digilabs.hub.discussions;

/** A post was written, edited, deleted, hidden or shown again (for the assistant's passages). */
public record DiscussionChanged(long postId, String itemKey) {}
