@NullMarked
package eu.digilabs.hub.shared.problems;

import org.jspecify.annotations.NullMarked;
