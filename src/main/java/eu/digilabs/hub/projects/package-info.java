/**
 * Projects and cases: what labs tried, with which services, technologies and stakeholders, and what
 * came of it. Includes the importer for European case collections.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "web", "taxonomy", "accounts", "labs", "search"})
package eu.digilabs.hub.projects;
