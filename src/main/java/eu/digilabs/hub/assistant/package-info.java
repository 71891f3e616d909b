/**
 * The assistant: answers questions from the hub's published content, every statement with its
 * source. Passages follow the other modules' content through their events and are found by the
 * search module's index and embeddings; answers are extractive by default, generative only when a
 * model endpoint is configured.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "web",
      "taxonomy",
      "accounts",
      "labs",
      "projects",
      "events",
      "knowledge",
      "reuse",
      "search",
      "discussions"
    })
package eu.digilabs.hub.assistant;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
