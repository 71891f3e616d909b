/** The admin page of the outbox. */
@NullMarked
package eu.digilabs.hub.notifications.web;

import org.jspecify.annotations.NullMarked;
