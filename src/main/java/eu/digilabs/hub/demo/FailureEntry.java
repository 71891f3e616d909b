package eu.digilabs.hub.demo;

import eu.digilabs.hub.knowledge.FailureReportCommand;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A demo failure report ({@code demo/failures.json}); without a lab it is anonymous or general. */
record FailureEntry(
    String title,
    String tried,
    String wentWrong,
    List<String> causes,
    String differently,
    String lessons,
    String phase,
    @Nullable String lab,
    String language,
    boolean anonymous) {

  FailureReportCommand command(DemoKeys keys) {
    return new FailureReportCommand(
        title,
        tried,
        wentWrong,
        causes,
        differently,
        lessons,
        phase,
        null,
        lab == null ? null : keys.lab(lab),
        null,
        language,
        anonymous,
        null);
  }
}
