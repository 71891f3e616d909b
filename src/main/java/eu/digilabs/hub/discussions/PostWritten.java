package eu.digilabs.hub.discussions;

import org.jspecify.annotations.Nullable;

/**
 * A new post: on an item ({@code replyTo} null) or a reply. Modules that own the item hear of it (a
 * question's asker is told of an answer).
 */
public record PostWritten(long postId, String itemKey, long authorId, @Nullable Long replyTo) {}
