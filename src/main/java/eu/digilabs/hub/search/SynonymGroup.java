package eu.digilabs.hub.search;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Words that mean the same for search: a query with one of them finds the others. */
@Entity
@Table(name = "synonym_group")
class SynonymGroup {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Nullable
  private Long id;

  private String terms;
  @Version private long version;

  @SuppressWarnings("NullAway.Init") // JPA sets the fields of a loaded row
  protected SynonymGroup() {}

  SynonymGroup(String terms) {
    this.terms = terms;
  }

  void terms(String terms) {
    this.terms = terms;
  }

  List<String> termList() {
    return Arrays.stream(terms.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  @Nullable Long id() {
    return id;
  }

  String terms() {
    return terms;
  }

  long version() {
    return version;
  }
}
