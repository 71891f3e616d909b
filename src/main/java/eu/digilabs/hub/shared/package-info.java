/**
 * The shared kernel every module may use, depending on no module: configuration of the data
 * directory ({@code HubProperties}), transaction helpers, import reports, and, in its parts, the
 * problems a request can run into ({@code problems}), files and uploads ({@code files}), start-up
 * tasks ({@code startup}), text handling: Markdown, CSV, query text ({@code text}), retention of
 * short-lived rows ({@code retention}) and rate-limit buckets ({@code limits}).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = ApplicationModule.Type.OPEN)
package eu.digilabs.hub.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
