package eu.digilabs.hub.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.digilabs.hub.search.SearchFields;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which public services the topic words of a list question name (no Spring). */
class ServiceNamesTests {

  final Catalogue catalogue = mock(Catalogue.class);
  final ServiceNames services = new ServiceNames(catalogue);

  final Set<Long> found = new LinkedHashSet<>();
  final Map<String, String> named = new HashMap<>();

  @BeforeEach
  void aCatalogueSearchedByPartOfTheName() {
    when(catalogue.search(anyString(), anyInt())).thenReturn(List.of());
    when(catalogue.within(anyLong())).thenAnswer(call -> Set.of(call.getArgument(0, Long.class)));
    stub("analyse", service(1, "Bereitstellung von Analyse-/ Messdaten von Messstellen"));
    stub(
        "vorher",
        service(2, "Hochwasservorhersage"),
        service(3, "Wiedereinsetzen in den vorherigen Stand"));
    stub("Elterngeld", service(4, "Elterngeld"), service(5, "Elterngeld Plus Bewilligung"));
    stub("BAföG", service(6, "Ausbildungsförderung (BAföG)"));
  }

  private void stub(String words, ServiceView... views) {
    when(catalogue.search(words, 10)).thenReturn(List.of(views));
  }

  private static ServiceView service(long id, String name) {
    return new ServiceView(id, "OZG_SERVICE", null, name, null, false);
  }

  private List<String> find(String... topic) {
    List<String> words = new ArrayList<>(List.of(topic));
    services.find(String.join(" ", topic), words, found, named);
    return words;
  }

  @Test
  void aWordInsideAnotherWordOrALongNameNamesNoService() {
    assertThat(find("analyse", "pupils", "leave", "school", "early"))
        .containsExactly("analyse", "pupils", "leave", "school", "early");
    assertThat(find("Einbrüche", "vorher")).containsExactly("Einbrüche", "vorher");
    assertThat(found).isEmpty();
    assertThat(named).isEmpty();
  }

  @Test
  void wholeWordsThatAreMostOfTheNameNameTheService() {
    assertThat(find("Elterngeld")).isEmpty();
    assertThat(found).containsExactly(4L);
    assertThat(named).containsEntry(SearchFields.SERVICE, "Elterngeld");
  }

  @Test
  void anAbbreviationInTheNameNamesTheService() {
    assertThat(find("BAföG", "Antrag")).containsExactly("Antrag");
    assertThat(found).containsExactly(6L);
  }

  @Test
  void wordsNameAServiceAsWholeWordsInOrderAndAtLeastHalfOfItsName() {
    List<String> name = List.of("ausbildungsförderung", "bafög");
    assertThat(ServiceNames.names(List.of("bafög"), name)).isTrue();
    assertThat(ServiceNames.names(List.of("ausbildungsförderung", "bafög"), name)).isTrue();
    assertThat(ServiceNames.names(List.of("bafög", "ausbildungsförderung"), name)).isFalse();
    assertThat(ServiceNames.names(List.of("baf"), name)).isFalse();
    assertThat(
            ServiceNames.names(List.of("analyse"), List.of("analyse", "messdaten", "messstellen")))
        .isFalse();
    assertThat(ServiceNames.names(List.of(), name)).isFalse();
  }
}
