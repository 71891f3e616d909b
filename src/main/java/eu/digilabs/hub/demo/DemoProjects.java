package eu.digilabs.hub.demo;

import eu.digilabs.hub.projects.ProjectDemoMarks;
import eu.digilabs.hub.projects.ProjectService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Creates and publishes the demo projects as their lead lab's editor would, linked to the OZG
 * services the catalogue holds already; the others follow when it is imported ({@link
 * DemoServiceLinks}).
 */
@Component
class DemoProjects {

  private final ProjectService projects;
  private final ProjectDemoMarks marks;
  private final DemoServiceLinks services;

  DemoProjects(ProjectService projects, ProjectDemoMarks marks, DemoServiceLinks services) {
    this.projects = projects;
    this.marks = marks;
    this.services = services;
  }

  void load(List<ProjectEntry> entries, DemoKeys keys) {
    for (ProjectEntry entry : entries) {
      DemoServiceLinks.Found found = services.find(entry.ozgServices());
      long id = projects.create(entry.command(keys, found.ids())).id();
      marks.markDemo(id);
      projects.publish(id);
      services.later(id, found.missing());
      keys.project(entry.title(), id);
    }
  }
}
