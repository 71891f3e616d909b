package eu.digilabs.hub.site;

import eu.digilabs.hub.web.LegalPages;
import eu.digilabs.hub.web.Ui;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Imprint, privacy and accessibility statement, as the operator wrote them ({@link LegalPages}).
 */
@Controller
class StaticPages {

  private final LegalPages legal;

  StaticPages(LegalPages legal) {
    this.legal = legal;
  }

  @GetMapping("/about/{page:imprint|privacy|accessibility}")
  String page(@PathVariable String page, @ModelAttribute("ui") Ui ui, Model model) {
    model.addAttribute("legal", legal.html(page, ui.lang()));
    return "about/" + page;
  }
}
