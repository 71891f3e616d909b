package eu.digilabs.hub.labs;

import java.time.Instant;
import java.util.List;

/**
 * The events a lab page lists (those the lab organises). Implemented by the events module, which
 * depends on labs; this interface keeps the dependency pointing one way.
 */
public interface LabEvents {

  /** One event row on a lab page; {@code status} is draft, published, cancelled or past. */
  record Row(long id, String title, String mode, String status, Instant startsAt, String zone) {}

  List<Row> of(long labId);
}
