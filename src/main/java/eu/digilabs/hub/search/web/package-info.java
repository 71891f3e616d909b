/** The search module's pages and API: search, suggestions, similar items, synonyms, reindexing. */
@NullMarked
package eu.digilabs.hub.search.web;

import org.jspecify.annotations.NullMarked;
