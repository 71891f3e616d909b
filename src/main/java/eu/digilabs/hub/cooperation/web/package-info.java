/** Pages of the cooperation module. */
@NullMarked
package eu.digilabs.hub.cooperation.web;

import org.jspecify.annotations.NullMarked;
