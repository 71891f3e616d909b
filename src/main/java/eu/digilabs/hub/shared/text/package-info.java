@NullMarked
package eu.digilabs.hub.shared.text;

import org.jspecify.annotations.NullMarked;
