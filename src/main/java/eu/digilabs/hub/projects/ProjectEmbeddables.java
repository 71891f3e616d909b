package eu.digilabs.hub.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Value types stored in a project's collections. */
final class ProjectEmbeddables {

  private ProjectEmbeddables() {}

  @Embeddable
  static class StoredLink {
    private @Nullable String label;
    private String url;

    @SuppressWarnings("NullAway.Init") // JPA sets the fields from the row it loads
    protected StoredLink() {}

    StoredLink(@Nullable String label, String url) {
      this.label = label;
      this.url = url;
    }

    @Nullable String label() {
      return label;
    }

    String url() {
      return url;
    }
  }

  @Embeddable
  static class StoredFigure {
    private String label;

    @Column(precision = 19, scale = 4)
    private BigDecimal amount;

    private @Nullable String unit;

    @SuppressWarnings("NullAway.Init") // JPA sets the fields from the row it loads
    protected StoredFigure() {}

    StoredFigure(String label, BigDecimal amount, @Nullable String unit) {
      this.label = label;
      this.amount = amount;
      this.unit = unit;
    }

    String label() {
      return label;
    }

    BigDecimal amount() {
      return amount;
    }

    @Nullable String unit() {
      return unit;
    }
  }
}
