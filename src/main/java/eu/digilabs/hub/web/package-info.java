/**
 * Page and API support every module may use: the layout's model ({@code Ui}, the site's name and
 * logo, the viewer), languages, forms, paging, error pages and problem+json, the API document, the
 * request filters (body limits, rate limits, trusted proxies) and reading the legal pages.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(
    type = ApplicationModule.Type.OPEN,
    allowedDependencies = "shared")
package eu.digilabs.hub.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
