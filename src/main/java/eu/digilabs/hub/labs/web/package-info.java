/** The lab and organisation pages and their API. */
@NullMarked
package eu.digilabs.hub.labs.web;

import org.jspecify.annotations.NullMarked;
