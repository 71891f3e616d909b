/**
 * The events pages and API: public pages ({@code EventController}), the organisers' pages, one
 * controller per page group (event form, manage page, sessions, speakers, registrations), and
 * {@code /api/v1/events}.
 */
@NullMarked
package eu.digilabs.hub.events.web;

import org.jspecify.annotations.NullMarked;
