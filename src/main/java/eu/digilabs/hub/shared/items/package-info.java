/**
 * Items that people can follow and discuss, named by a key of type and id ({@code project:12},
 * {@code service:87}, {@code technology:chatbot}). The modules that own content describe their
 * published items ({@link eu.digilabs.hub.shared.items.ItemSource}); modules below them
 * (notifications, discussions) read those descriptions through {@link
 * eu.digilabs.hub.shared.items.Items} without depending on the content modules.
 */
@NullMarked
package eu.digilabs.hub.shared.items;

import org.jspecify.annotations.NullMarked;
