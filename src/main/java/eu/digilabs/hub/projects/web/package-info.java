/** The project pages and the projects API. */
@NullMarked
package eu.digilabs.hub.projects.web;

import org.jspecify.annotations.NullMarked;
