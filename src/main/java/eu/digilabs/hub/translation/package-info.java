/**
 * Machine translation: one interface ({@link eu.digilabs.hub.translation.TranslationProvider}),
 * several providers chosen by configuration under {@code hub.translation}, each guarded by a
 * timeout, a daily character quota and retries with back-off, tried in the configured order. With
 * no provider configured the feature is off and nothing leaves the machine.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "search"})
@NullMarked
package eu.digilabs.hub.translation;

import org.jspecify.annotations.NullMarked;
