/** The assistant's page, its answer stream, its API and its admin page. */
@NullMarked
package eu.digilabs.hub.assistant.web;

import org.jspecify.annotations.NullMarked;
