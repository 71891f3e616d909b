package eu.digilabs.hub.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Imprint, privacy and accessibility statement. */
@Controller
class StaticPages {

  @GetMapping("/about/{page:imprint|privacy|accessibility}")
  String page(@PathVariable String page) {
    return "about/" + page;
  }
}
