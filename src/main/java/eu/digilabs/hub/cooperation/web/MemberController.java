package eu.digilabs.hub.cooperation.web;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.MemberDirectory;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.labs.LabFilter;
import eu.digilabs.hub.labs.LabView;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.TermView;
import eu.digilabs.hub.taxonomy.Vocabulary;
import eu.digilabs.hub.web.Pager;
import eu.digilabs.hub.web.Ui;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The members directory: profiles their owners show, filtered by expertise, language and the
 * country of their labs; one profile with its labs. No email address is ever shown.
 */
@Controller
class MemberController {

  private final MemberDirectory directory;
  private final AccountService accounts;
  private final LabDirectory labs;
  private final Taxonomy taxonomy;

  MemberController(
      MemberDirectory directory, AccountService accounts, LabDirectory labs, Taxonomy taxonomy) {
    this.directory = directory;
    this.accounts = accounts;
    this.labs = labs;
    this.taxonomy = taxonomy;
  }

  @GetMapping("/members")
  String list(
      @RequestParam(required = false) @Nullable String expertise,
      @RequestParam(required = false) @Nullable String language,
      @RequestParam(required = false) @Nullable String country,
      @RequestParam(defaultValue = "0") int page,
      @ModelAttribute("ui") Ui ui,
      Model model) {
    Collection<Long> inCountry = null;
    if (country != null && !country.isBlank()) {
      List<Long> labIds =
          labs.list(new LabFilter(null, country, null, null, null), PageRequest.of(0, 1000))
              .map(LabView::id)
              .getContent();
      inCountry = accounts.accountsOfLabs(labIds);
    }
    var found = directory.list(expertise, language, inCountry, page, 30);
    model.addAttribute("members", found);
    model.addAttribute("expertise", expertise == null ? "" : expertise);
    model.addAttribute("language", language == null ? "" : language);
    model.addAttribute("country", country == null ? "" : country);
    model.addAttribute("countries", countries(ui));
    String query =
        UriComponentsBuilder.newInstance()
            .queryParam("expertise", expertise == null ? "" : expertise)
            .queryParam("language", language == null ? "" : language)
            .queryParam("country", country == null ? "" : country)
            .build()
            .getQuery();
    model.addAttribute("pager", Pager.of(found, ui, query == null ? "" : query));
    return "members/list";
  }

  @GetMapping("/members/{id}")
  String profile(@PathVariable long id, Model model) {
    var card = directory.get(id).orElseThrow(() -> new NotFound("member " + id));
    model.addAttribute("member", card);
    model.addAttribute("labs", labs.names(accounts.labsOf(id).keySet()));
    return "members/profile";
  }

  private Map<String, String> countries(Ui ui) {
    Map<String, String> options = new LinkedHashMap<>();
    for (TermView term : taxonomy.terms(Vocabulary.COUNTRY)) {
      options.put(term.code(), term.label(ui.locale()));
    }
    return options;
  }
}
