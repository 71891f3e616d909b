/**
 * Events: conferences, workshops, webinars and lab sessions, on-site, online or hybrid; their
 * programme (rooms, sessions, speakers), registrations with an on-site waiting list, personal
 * agendas with private calendar feeds, calendar import, and feedback on sessions.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "shared",
      "web",
      "taxonomy",
      "accounts",
      "labs",
      "search",
      "notifications"
    })
package eu.digilabs.hub.events;
