/**
 * Discussions on published items: posts in Markdown with one level of replies, editing for a short
 * while, deleting one's own; reports by members and moderation by the editors of the item's labs
 * (admins everywhere). Items are known by key and described by their modules through {@code
 * shared.items}, so the content modules show a discussion without this module reading them. Hidden
 * and deleted posts leave pages, feeds, digests, search and the assistant.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "web", "accounts", "notifications", "search", "translation"})
@NullMarked
package eu.digilabs.hub.discussions;

import org.jspecify.annotations.NullMarked;
