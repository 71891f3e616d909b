/**
 * Work that must run on one node at a time when several hub nodes share a database: scheduled jobs
 * ({@code @SchedulerLock}) and start-up tasks ({@link eu.digilabs.hub.shared.locks.JobLocks}), with
 * ShedLock's locks in the table {@code shedlock}.
 */
@NullMarked
package eu.digilabs.hub.shared.locks;

import org.jspecify.annotations.NullMarked;
