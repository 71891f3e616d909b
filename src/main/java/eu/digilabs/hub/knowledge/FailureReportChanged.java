package eu.digilabs.hub.knowledge;

/** A failure report was published, edited, linked to a project or removed. */
public record FailureReportChanged(long reportId) {}
