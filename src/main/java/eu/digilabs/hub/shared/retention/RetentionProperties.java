package eu.digilabs.hub.shared.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the hub keeps data that is only needed for a while ({@code hub.retention.*}); the
 * privacy page shows these periods, and {@link RetentionJob} deletes older rows every night.
 *
 * @param outbox mails in the outbox, counted from when they were written
 * @param eventPublications completed publications in Spring Modulith's event registry
 * @param pastRegistrations registrations, counted from the end of their event
 * @param assistantLog the assistant's quality log and answer feedback
 * @param activity activity entries of feeds, read notifications, digest records and one-click
 *     unsubscribe links
 * @param cron when the nightly job runs
 */
@ConfigurationProperties("hub.retention")
public record RetentionProperties(
    @DefaultValue("30d") Duration outbox,
    @DefaultValue("7d") Duration eventPublications,
    @DefaultValue("365d") Duration pastRegistrations,
    @DefaultValue("90d") Duration assistantLog,
    @DefaultValue("180d") Duration activity,
    @DefaultValue("0 30 3 * * *") String cron) {}
