package eu.digilabs.hub.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/** Reads the demo content's data files ({@code demo/*.json} on the class path). */
@Component
class DemoData {

  private final JsonMapper json;

  DemoData(JsonMapper json) {
    this.json = json;
  }

  LabsFile labs() {
    return read("labs", json.constructType(LabsFile.class));
  }

  List<PersonEntry> accounts() {
    return list("accounts", PersonEntry.class);
  }

  List<ProjectEntry> projects() {
    return list("projects", ProjectEntry.class);
  }

  List<SolutionEntry> solutions() {
    return list("solutions", SolutionEntry.class);
  }

  List<EventEntry> events() {
    return list("events", EventEntry.class);
  }

  List<ArticleEntry> articles() {
    return list("articles", ArticleEntry.class);
  }

  List<FailureEntry> failures() {
    return list("failures", FailureEntry.class);
  }

  private <T> List<T> list(String name, Class<T> type) {
    return read(name, json.getTypeFactory().constructCollectionType(List.class, type));
  }

  private <T> T read(String name, JavaType type) {
    String path = "/demo/" + name + ".json";
    try (InputStream in = DemoData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing demo data " + path);
      }
      return json.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
