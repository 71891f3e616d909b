/**
 * The site around the modules: the home page, the country overview, the about pages (imprint,
 * privacy, accessibility statement) and the admins' imports page. It reads the other modules
 * through their public services and owns no tables.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "web", "taxonomy", "accounts", "labs", "projects"})
package eu.digilabs.hub.site;

import org.jspecify.annotations.NullMarked;
