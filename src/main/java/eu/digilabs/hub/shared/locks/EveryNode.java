package eu.digilabs.hub.shared.locks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a scheduled method that every node runs for itself, because it works on what the node holds
 * in memory (figures, caches), not on what the nodes share. Every other scheduled method takes a
 * lock ({@code @SchedulerLock}) so that one node at a time runs it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EveryNode {

  /** Why each node runs it. */
  String value();
}
