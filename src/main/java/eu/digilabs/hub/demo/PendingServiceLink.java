package eu.digilabs.hub.demo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An OZG service (by key) a demo project names that the catalogue does not hold yet. */
@Entity
@Table(name = "demo_service_link")
class PendingServiceLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "project_id")
  private long projectId;

  @Column(name = "service_key")
  private String serviceKey = "";

  @Version private long version;

  protected PendingServiceLink() {}

  PendingServiceLink(long projectId, String serviceKey) {
    this.projectId = projectId;
    this.serviceKey = serviceKey;
  }

  long projectId() {
    return projectId;
  }

  String serviceKey() {
    return serviceKey;
  }
}
