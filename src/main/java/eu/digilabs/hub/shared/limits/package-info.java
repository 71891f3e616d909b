@NullMarked
package eu.digilabs.hub.shared.limits;

import org.jspecify.annotations.NullMarked;
