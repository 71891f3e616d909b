package eu.digilabs.hub.taxonomy;

import eu.digilabs.hub.web.Languages;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts {@link Labels} into every page model as {@code labels}. */
@ControllerAdvice(annotations = Controller.class)
class LabelsAdvice {

  private final Taxonomy taxonomy;

  LabelsAdvice(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  @ModelAttribute("labels")
  Labels labels(Locale locale) {
    return new Labels(taxonomy, Languages.supported(locale));
  }
}
