/**
 * One query surface over every module's published content: full-text search with language-aware
 * analysis, facets and highlighting. Modules map their own entities to the shared fields named in
 * {@link SearchFields} (with {@link SearchTitle}, {@link SearchText}, {@link SearchBody} and {@link
 * SearchVector}); this module addresses the indexes by entity name.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "taxonomy"})
@NullMarked
package eu.digilabs.hub.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
