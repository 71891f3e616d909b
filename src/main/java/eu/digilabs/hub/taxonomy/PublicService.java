package eu.digilabs.hub.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An entry of the public-service catalogue, at one of its four levels. */
@Entity
class PublicService {

  /** The catalogue's levels, from Themenfeld down to LeiKa service. */
  enum Kind {
    SUBJECT,
    SITUATION,
    OZG_SERVICE,
    LEIKA_SERVICE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "source_id")
  private long sourceId;

  @Column(name = "parent_id")
  private @Nullable Long parentId;

  @Column(name = "service_key")
  private @Nullable String serviceKey;

  private String name;
  private @Nullable String description;
  private boolean withdrawn;
  @Version private long version;

  protected PublicService() {}

  PublicService(Kind kind, long sourceId, String name) {
    this.kind = kind;
    this.sourceId = sourceId;
    this.name = name;
  }

  /** Applies the catalogue's current data; answers whether anything changed. */
  boolean apply(
      @Nullable Long parentId,
      @Nullable String serviceKey,
      String name,
      @Nullable String description,
      boolean withdrawn) {
    boolean changed =
        !Objects.equals(this.parentId, parentId)
            || !Objects.equals(this.serviceKey, serviceKey)
            || !Objects.equals(this.name, name)
            || !Objects.equals(this.description, description)
            || this.withdrawn != withdrawn;
    this.parentId = parentId;
    this.serviceKey = serviceKey;
    this.name = name;
    this.description = description;
    this.withdrawn = withdrawn;
    return changed;
  }

  /** The store's id: entries are read from the store or saved before anyone asks. */
  Long id() {
    return Objects.requireNonNull(id, "The catalogue entry is not saved yet");
  }

  Kind kind() {
    return kind;
  }

  long sourceId() {
    return sourceId;
  }

  @Nullable Long parentId() {
    return parentId;
  }

  @Nullable String serviceKey() {
    return serviceKey;
  }

  String name() {
    return name;
  }

  @Nullable String description() {
    return description;
  }

  boolean withdrawn() {
    return withdrawn;
  }
}
