/** The vocabulary admin pages and the read-only taxonomy and public-service API. */
@NullMarked
package eu.digilabs.hub.taxonomy.web;

import org.jspecify.annotations.NullMarked;
