/**
 * Knowledge: articles and guides (every saved version kept, readable diffs, restore, review before
 * publishing, reader feedback, attachments), the method toolkit, trainings with quizzes and
 * certificates, and failure reports with their lessons learned. Links to another lab's content wait
 * for that lab's editor through {@code labs.HeldLinks}.
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "web",
      "opendata",
      "taxonomy",
      "accounts",
      "labs",
      "projects",
      "search",
      "discussions",
      "translation"
    })
@NullMarked
package eu.digilabs.hub.knowledge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
