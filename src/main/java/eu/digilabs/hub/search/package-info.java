/**
 * One query surface over every module's published content: full-text search with language-aware
 * analysis, facets and highlighting. Modules map their own entities to the shared fields named in
 * {@link eu.digilabs.hub.search.SearchFields}; this module addresses the indexes by entity name.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "taxonomy"})
package eu.digilabs.hub.search;
