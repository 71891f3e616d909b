/**
 * Shared web layer: layout, navigation, languages, forms, Markdown, error pages and problem+json.
 * Every module may use it; it depends on no module.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package eu.digilabs.hub.web;
