@NullMarked
package eu.digilabs.hub.shared.retention;

import org.jspecify.annotations.NullMarked;
