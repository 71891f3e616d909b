package eu.digilabs.hub.taxonomy.web;

import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.TermView;
import eu.digilabs.hub.taxonomy.Vocabulary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API for the vocabularies and the public-service catalogue. Admins edit vocabularies. */
@RestController
@RequestMapping("/api/v1/taxonomies")
class TaxonomyApi {

  private final Taxonomy taxonomy;
  private final Catalogue catalogue;

  TaxonomyApi(Taxonomy taxonomy, Catalogue catalogue) {
    this.taxonomy = taxonomy;
    this.catalogue = catalogue;
  }

  /** A new entry. */
  record NewTerm(
      @NotBlank @Size(max = 80) @Pattern(regexp = "^[a-z0-9-]+$|^[A-Z]{2}$") String code,
      @NotBlank @Size(max = 200) String labelDe,
      @NotBlank @Size(max = 200) String labelEn) {}

  /** Changed labels of an entry, from the version they were read at. */
  record TermUpdate(
      @NotBlank @Size(max = 200) String labelDe,
      @NotBlank @Size(max = 200) String labelEn,
      Boolean active,
      Long version) {}

  /** The names of all vocabularies. 200. */
  @GetMapping
  List<String> vocabularies() {
    return Arrays.stream(Vocabulary.values()).map(Vocabulary::code).toList();
  }

  /** OZG and LeiKa services by name or key. 200. */
  @GetMapping("/public-services")
  List<ServiceView> services(
      @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "20") int limit) {
    return catalogue.search(q, limit);
  }

  /** The Themenfelder of the catalogue. 200. */
  @GetMapping("/public-services/subjects")
  List<ServiceView> subjects() {
    return catalogue.subjects();
  }

  /** All entries of a vocabulary, retired ones included. 200; 404 for an unknown vocabulary. */
  @GetMapping("/{vocabulary}")
  List<TermView> terms(@PathVariable String vocabulary) {
    return taxonomy.all(vocabulary(vocabulary));
  }

  /** Adds an entry. 201; 400 (also for a code in use); 401; 403 unless admin; 404. */
  @PostMapping("/{vocabulary}")
  @ResponseStatus(HttpStatus.CREATED)
  TermView add(@PathVariable String vocabulary, @Valid @RequestBody NewTerm term) {
    return taxonomy.add(vocabulary(vocabulary), term.code(), term.labelDe(), term.labelEn());
  }

  /** Relabels or retires an entry. 200; 400; 401; 403 unless admin; 404; 409 stale version. */
  @PutMapping("/{vocabulary}/{code}")
  TermView update(
      @PathVariable String vocabulary,
      @PathVariable String code,
      @Valid @RequestBody TermUpdate term) {
    return taxonomy.update(
        vocabulary(vocabulary),
        code,
        term.labelDe(),
        term.labelEn(),
        !Boolean.FALSE.equals(term.active()),
        term.version());
  }

  private static Vocabulary vocabulary(String code) {
    return Vocabulary.byCode(code).orElseThrow(() -> new NotFound("Vocabulary " + code));
  }
}
