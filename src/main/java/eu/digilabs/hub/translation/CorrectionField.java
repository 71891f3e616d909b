package eu.digilabs.hub.translation;

import org.jspecify.annotations.Nullable;

/**
 * One field of the correction form.
 *
 * @param markdown whether the person writes Markdown (the field is shown as HTML)
 * @param original the original as shown (HTML for Markdown fields)
 * @param suggestion the current translation as shown, null when there is none
 * @param value what the form holds: the person's text, else the suggestion or the original
 * @param error the message key of what is wrong with it
 */
public record CorrectionField(
    String name,
    boolean markdown,
    String original,
    @Nullable String suggestion,
    String value,
    @Nullable String error) {}
