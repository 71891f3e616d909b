package eu.digilabs.hub.knowledge;

/** A course was added or changed; courses are known to readers by their code. */
public record CourseChanged(String code) {}
