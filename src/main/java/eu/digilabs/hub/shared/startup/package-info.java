@NullMarked
package eu.digilabs.hub.shared.startup;

import org.jspecify.annotations.NullMarked;
