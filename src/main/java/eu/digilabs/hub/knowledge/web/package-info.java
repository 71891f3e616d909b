/** Pages and the REST API of articles, method cards, trainings and failure reports. */
@NullMarked
package eu.digilabs.hub.knowledge.web;

import org.jspecify.annotations.NullMarked;
