/**
 * Knowledge: articles and guides (every saved version kept, readable diffs, restore, review before
 * publishing, reader feedback); later method cards, trainings and failure reports.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "web", "taxonomy", "accounts", "labs", "projects", "search"})
package eu.digilabs.hub.knowledge;
