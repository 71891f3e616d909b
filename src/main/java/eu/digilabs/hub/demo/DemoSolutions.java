package eu.digilabs.hub.demo;

import eu.digilabs.hub.reuse.SolutionDemoMarks;
import eu.digilabs.hub.reuse.SolutionEditing;
import eu.digilabs.hub.reuse.UptakeCommands;
import eu.digilabs.hub.reuse.UptakeService;
import eu.digilabs.hub.reuse.UptakeView;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Creates and publishes the demo solutions as their provider lab's editor would, then the example
 * uptakes as their reusers and the provider would: declared, moved through their stages, each
 * marked as demo so pages say they are examples. Services the catalogue does not hold yet are left
 * out (the demo solutions name services of the catalogue's seed).
 */
@Component
class DemoSolutions {

  private final SolutionEditing solutions;
  private final UptakeService uptakes;
  private final SolutionDemoMarks marks;
  private final DemoServiceLinks services;

  DemoSolutions(
      SolutionEditing solutions,
      UptakeService uptakes,
      SolutionDemoMarks marks,
      DemoServiceLinks services) {
    this.solutions = solutions;
    this.uptakes = uptakes;
    this.marks = marks;
    this.services = services;
  }

  void load(List<SolutionEntry> entries, DemoKeys keys) {
    for (SolutionEntry entry : entries) {
      DemoServiceLinks.Found found = services.find(entry.ozgServices());
      long id = solutions.create(entry.command(keys, found.ids())).id();
      marks.markDemo(id);
      solutions.publish(id);
      entry.uptakes().forEach(uptake -> uptake(id, uptake, keys));
    }
  }

  private void uptake(long solutionId, SolutionEntry.UptakeEntry entry, DemoKeys keys) {
    UptakeView declared =
        uptakes.declare(
            solutionId,
            new UptakeCommands.Declare(
                entry.lab() == null ? null : keys.lab(entry.lab()),
                entry.organisation() == null ? null : keys.organisation(entry.organisation()),
                "DE",
                entry.region(),
                entry.note()));
    marks.markUptakeDemo(declared.id());
    String publicFrom = entry.publicFrom();
    if (publicFrom != null) {
      boolean never = UptakeCommands.NEVER.equals(publicFrom);
      uptakes.visibility(
          declared.id(),
          new UptakeCommands.Visibility(publicFrom, !never, currentVersion(declared.id())));
    }
    for (String stage : entry.stages()) {
      uptakes.move(
          declared.id(),
          new UptakeCommands.Move(stage, null, entry.since(), currentVersion(declared.id())));
    }
  }

  private long currentVersion(long uptakeId) {
    return uptakes.get(uptakeId).version();
  }
}
