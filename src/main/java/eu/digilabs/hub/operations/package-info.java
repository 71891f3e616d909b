/**
 * Operators' commands: {@code backup DIR} and {@code restore DIR} of the data directory (the H2
 * database by its online {@code BACKUP TO}, uploads, the operator's legal pages) and the
 * configuration files beside the jar. They read the configuration but start no platform. Admins
 * edit the legal pages ({@link eu.digilabs.hub.operations.LegalTexts}); {@code web.LegalPages}
 * reads them for everyone.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "accounts"})
package eu.digilabs.hub.operations;

import org.jspecify.annotations.NullMarked;
