package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.knowledge.MethodService;
import eu.digilabs.hub.knowledge.MethodView;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API for the method toolkit. */
@RestController
@RequestMapping("/api/v1/methods")
class MethodApi {

  private final MethodService methods;

  MethodApi(MethodService methods) {
    this.methods = methods;
  }

  /**
   * Method cards in {@code lang} (de or en), filtered by {@code phase}, the {@code minutes}
   * available and the group size {@code people}. 200; 400 for a malformed number.
   */
  @GetMapping
  List<MethodView> list(
      @RequestParam(required = false) String phase,
      @RequestParam(required = false) Integer minutes,
      @RequestParam(required = false) Integer people,
      @RequestParam(defaultValue = "en") String lang) {
    return methods.find(phase, minutes, people, lang);
  }

  /** One card by its code. 200; 404. */
  @GetMapping("/{code}")
  MethodView get(@PathVariable String code, @RequestParam(defaultValue = "en") String lang) {
    return methods.get(code, lang);
  }
}
