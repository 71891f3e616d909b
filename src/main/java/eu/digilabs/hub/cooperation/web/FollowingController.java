package eu.digilabs.hub.cooperation.web;

import eu.digilabs.hub.notifications.Follows;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.TermView;
import eu.digilabs.hub.taxonomy.Vocabulary;
import eu.digilabs.hub.web.Ui;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The Following page: everything a member follows, to unfollow, and topics (technologies, policy
 * areas, countries) to follow, which have no page of their own.
 */
@Controller
class FollowingController {

  static final List<Vocabulary> TOPICS =
      List.of(Vocabulary.TECHNOLOGY, Vocabulary.POLICY_AREA, Vocabulary.COUNTRY);

  private final Follows follows;
  private final Taxonomy taxonomy;

  FollowingController(Follows follows, Taxonomy taxonomy) {
    this.follows = follows;
    this.taxonomy = taxonomy;
  }

  @GetMapping("/following")
  String page(@ModelAttribute("ui") Ui ui, Model model) {
    model.addAttribute("follows", follows.mine());
    Map<String, Map<String, String>> topics = new LinkedHashMap<>();
    for (Vocabulary vocabulary : TOPICS) {
      Map<String, String> terms = new LinkedHashMap<>();
      for (TermView term : taxonomy.terms(vocabulary)) {
        terms.put(vocabulary.code() + ":" + term.code(), term.label(ui.locale()));
      }
      topics.put(vocabulary.code(), terms);
    }
    model.addAttribute("topics", topics);
    return "notifications/following";
  }
}
