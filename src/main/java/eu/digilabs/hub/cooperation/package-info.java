/**
 * Cooperation: what makes labs work together, read from the content modules. Today it turns their
 * facts into activity that followers and lab feeds see ({@link
 * eu.digilabs.hub.cooperation.ContentActivity}) and tells a lab's members when the provider moves
 * their uptake of a solution. It sits above the content modules; the follows, feeds, notices and
 * digests it feeds live below them, in {@code notifications}, which knows items only by key.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "shared",
      "web",
      "taxonomy",
      "accounts",
      "labs",
      "projects",
      "reuse",
      "events",
      "knowledge",
      "notifications",
      "discussions",
      "search"
    })
@NullMarked
package eu.digilabs.hub.cooperation;

import org.jspecify.annotations.NullMarked;
