package eu.digilabs.hub.events.web;

import eu.digilabs.hub.events.RegistrationView;
import eu.digilabs.hub.shared.text.Csv;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisers' export of an event's registrations: one row per registration with name, email,
 * way of attending, state, place on the waiting list (empty when none) and the times of
 * registration and check-in (ISO-8601, empty when not checked in).
 */
final class RegistrationsCsv {

  static final List<String> HEADER =
      List.of(
          "name",
          "email",
          "attendance",
          "state",
          "waiting_position",
          "registered_at",
          "attended_at");

  private RegistrationsCsv() {}

  static byte[] write(List<RegistrationView> registrations) {
    List<List<String>> rows = new ArrayList<>();
    for (RegistrationView r : registrations) {
      rows.add(
          List.of(
              r.name(),
              r.email(),
              r.attendance(),
              r.state(),
              r.position() == 0 ? "" : Integer.toString(r.position()),
              r.registeredAt().toString(),
              r.attendedAt() == null ? "" : r.attendedAt().toString()));
    }
    return Csv.write(HEADER, rows);
  }

  static String fileName(long eventId) {
    return "event-" + eventId + "-registrations.csv";
  }
}
