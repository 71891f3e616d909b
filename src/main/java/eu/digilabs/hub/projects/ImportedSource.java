package eu.digilabs.hub.projects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Where an imported case came from: the dataset's name and address, the case's id and page there,
 * and the dataset's values for it as they were read (shown on the project page).
 */
@Embeddable
class ImportedSource {

  @Column(name = "source_name")
  private String name;

  @Column(name = "source_url")
  private @Nullable String url;

  @Column(name = "source_key")
  private String key;

  @Column(name = "case_url")
  private @Nullable String caseUrl;

  @ElementCollection
  @CollectionTable(name = "project_source_value", joinColumns = @JoinColumn(name = "project_id"))
  @MapKeyColumn(name = "name")
  @Column(name = "val")
  private Map<String, String> values = new TreeMap<>();

  @SuppressWarnings("NullAway.Init") // JPA sets the fields from the row it loads
  protected ImportedSource() {}

  ImportedSource(
      String name,
      @Nullable String url,
      String key,
      @Nullable String caseUrl,
      Map<String, String> values) {
    this.name = name;
    this.url = url;
    this.key = key;
    this.caseUrl = caseUrl;
    this.values.putAll(values);
  }

  /** Whether the other source says the same in every part. */
  boolean sameAs(ImportedSource other) {
    return name.equals(other.name)
        && Objects.equals(url, other.url)
        && key.equals(other.key)
        && Objects.equals(caseUrl, other.caseUrl)
        && values.equals(other.values);
  }

  /** Takes every part from the other source, keeping this one's stored collection. */
  void takeFrom(ImportedSource other) {
    name = other.name;
    url = other.url;
    key = other.key;
    caseUrl = other.caseUrl;
    values.clear();
    values.putAll(other.values);
  }

  String name() {
    return name;
  }

  @Nullable String url() {
    return url;
  }

  String key() {
    return key;
  }

  @Nullable String caseUrl() {
    return caseUrl;
  }

  Map<String, String> values() {
    return values;
  }
}
