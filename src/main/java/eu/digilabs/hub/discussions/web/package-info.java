/** Pages and API of discussions and their moderation. */
@NullMarked
package eu.digilabs.hub.discussions.web;

import org.jspecify.annotations.NullMarked;
