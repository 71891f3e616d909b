@NullMarked
package eu.digilabs.hub.shared.files;

import org.jspecify.annotations.NullMarked;
