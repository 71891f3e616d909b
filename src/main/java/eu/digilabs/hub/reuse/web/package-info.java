/** Pages and the REST API of the reuse marketplace: solutions, uptakes, the service comparison. */
@NullMarked
package eu.digilabs.hub.reuse.web;

import org.jspecify.annotations.NullMarked;
