package eu.digilabs.hub.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reference dataset this installation has imported, and when. */
@Entity
@Table(name = "reference_data_import")
class ImportedDataset {

  @Id private String dataset;

  @Column(name = "imported_at")
  private Instant importedAt;

  @Version private @Nullable Long version;

  protected ImportedDataset() {}

  ImportedDataset(String dataset) {
    this.dataset = dataset;
    this.importedAt = Instant.now();
  }
}
