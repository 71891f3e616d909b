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
  private Long id;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "source_id")
  private long sourceId;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "service_key")
  private String serviceKey;

  private String name;
  private String description;
  private boolean withdrawn;
  @Version private long version;

  protected PublicService() {}

  PublicService(Kind kind, long sourceId) {
    this.kind = kind;
    this.sourceId = sourceId;
  }

  /** Applies the catalogue's current data; answers whether anything changed. */
  boolean apply(
      Long parentId, String serviceKey, String name, String description, boolean withdrawn) {
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

  Long id() {
    return id;
  }

  Kind kind() {
    return kind;
  }

  long sourceId() {
    return sourceId;
  }

  Long parentId() {
    return parentId;
  }

  String serviceKey() {
    return serviceKey;
  }

  String name() {
    return name;
  }

  String description() {
    return description;
  }

  boolean withdrawn() {
    return withdrawn;
  }
}
