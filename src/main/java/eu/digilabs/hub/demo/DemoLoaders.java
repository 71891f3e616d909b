package eu.digilabs.hub.demo;

import org.springframework.stereotype.Component;

/** The demo's loaders in the order their content depends on each other. */
@Component
class DemoLoaders {

  private final DemoData data;
  private final DemoLabs labs;
  private final DemoPeople people;
  private final DemoProjects projects;
  private final DemoEvents events;
  private final DemoKnowledge knowledge;
  private final DemoSolutions solutions;

  DemoLoaders(
      DemoData data,
      DemoLabs labs,
      DemoPeople people,
      DemoProjects projects,
      DemoEvents events,
      DemoKnowledge knowledge,
      DemoSolutions solutions) {
    this.data = data;
    this.labs = labs;
    this.people = people;
    this.projects = projects;
    this.events = events;
    this.knowledge = knowledge;
    this.solutions = solutions;
  }

  void load(String password) {
    DemoKeys keys = labs.load(data.labs());
    people.load(data.accounts(), keys, password);
    projects.load(data.projects(), keys);
    solutions.load(data.solutions(), keys);
    events.load(data.events(), keys);
    knowledge.loadArticles(data.articles(), keys);
    knowledge.loadFailures(data.failures(), keys);
  }
}
