package eu.digilabs.hub.shared.retention;

import java.time.Instant;

/** Deletes one module's rows that are older than their retention period allows. */
public interface Retention {

  /** Deletes what {@code periods} no longer allow at {@code now}; returns how many rows went. */
  long purge(RetentionProperties periods, Instant now);
}
