/**
 * Events: conferences, workshops, webinars and lab sessions, on-site, online or hybrid; their
 * programme (rooms, sessions, speakers), registrations with an on-site waiting list, personal
 * agendas with private calendar feeds, calendar import, and feedback on sessions.
 *
 * <p>Reading goes through {@code EventService}; writing is split by job: {@code EventWriting}
 * (events, with the waiting list moving up in the same transaction), {@code EventOrganisers},
 * {@code ProgrammeService} (sessions under {@code ProgrammeRules}), {@code ProgrammeImport} ({@code
 * .ics}), {@code SpeakerService}, {@code RegistrationService}; who may see and manage an event is
 * decided in {@code EventAccess}. Other modules hear of changes through {@code EventChanged}.
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "web",
      "opendata",
      "taxonomy",
      "accounts",
      "labs",
      "search",
      "notifications",
      "discussions",
      "translation"
    })
@NullMarked
package eu.digilabs.hub.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
