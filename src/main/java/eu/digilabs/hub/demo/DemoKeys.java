package eu.digilabs.hub.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ids of the labs, organisations and projects the demo created, by their keys in the files. */
final class DemoKeys {

  private final Map<String, Long> labs = new HashMap<>();
  private final Map<String, Long> organisations = new HashMap<>();
  private final Map<String, Long> projects = new HashMap<>();

  void lab(String key, long id) {
    labs.put(key, id);
  }

  void organisation(String key, long id) {
    organisations.put(key, id);
  }

  void project(String title, long id) {
    projects.put(title, id);
  }

  /** Demo projects by their titles (the solutions name the projects that built them so). */
  List<Long> projects(List<String> titles) {
    return titles.stream().map(t -> id(projects, "project", t)).toList();
  }

  long lab(String key) {
    return id(labs, "lab", key);
  }

  List<Long> labs(List<String> keys) {
    return keys.stream().map(this::lab).toList();
  }

  long organisation(String key) {
    return id(organisations, "organisation", key);
  }

  List<Long> organisations(List<String> keys) {
    return keys.stream().map(this::organisation).toList();
  }

  private static long id(Map<String, Long> ids, String kind, String key) {
    Long id = ids.get(key);
    if (id == null) {
      throw new IllegalArgumentException("The demo data names an unknown " + kind + ": " + key);
    }
    return id;
  }
}
