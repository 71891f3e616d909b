package eu.digilabs.hub.taxonomy;

import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.ItemRef.Audience;
import eu.digilabs.hub.shared.items.ItemSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Topics people follow: entries of the public-service catalogue ({@code service:87}, with
 * everything linked to the entries below it) and vocabulary terms ({@code technology:chatbot},
 * {@code policy-area:health}, {@code country:DE}). Labels are in the request's language.
 */
@Component
class TopicItems implements ItemSource {

  /** The vocabularies whose terms can be followed. */
  static final List<Vocabulary> FOLLOWED =
      List.of(Vocabulary.TECHNOLOGY, Vocabulary.POLICY_AREA, Vocabulary.COUNTRY);

  private final Catalogue catalogue;
  private final Taxonomy taxonomy;

  TopicItems(Catalogue catalogue, Taxonomy taxonomy) {
    this.catalogue = catalogue;
    this.taxonomy = taxonomy;
  }

  @Override
  public Collection<String> types() {
    List<String> types = new ArrayList<>(List.of("service"));
    FOLLOWED.forEach(v -> types.add(v.code()));
    return types;
  }

  @Override
  public Map<String, ItemRef> published(Collection<String> keys) {
    Map<String, ItemRef> found = new HashMap<>();
    for (ServiceView service : catalogue.find(ItemKeys.numericIds(keys, "service"))) {
      if (!service.withdrawn()) {
        String key = ItemKeys.of("service", service.id());
        found.put(
            key,
            new ItemRef(
                key,
                service.display(),
                "/services/" + service.id() + "/solutions",
                Set.of(),
                Set.of(),
                Audience.PUBLIC));
      }
    }
    Locale locale = LocaleContextHolder.getLocale();
    for (String key : keys) {
      Vocabulary.byCode(ItemKeys.type(key))
          .filter(FOLLOWED::contains)
          .flatMap(v -> taxonomy.find(v, ItemKeys.id(key)))
          .filter(TermView::active)
          .ifPresent(
              term ->
                  found.put(
                      key,
                      new ItemRef(
                          key,
                          term.label(locale),
                          searchPath(term),
                          Set.of(),
                          Set.of(),
                          Audience.PUBLIC)));
    }
    return found;
  }

  /** The search page filtered by the term: where its items are listed. */
  private static String searchPath(TermView term) {
    String parameter = "policy-area".equals(term.vocabulary()) ? "policyArea" : term.vocabulary();
    return "/search?" + parameter + "=" + term.code();
  }
}
