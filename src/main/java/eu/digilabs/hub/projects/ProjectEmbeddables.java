package eu.digilabs.hub.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** Value types stored in a project's collections. */
final class ProjectEmbeddables {

  private ProjectEmbeddables() {}

  @Embeddable
  static class StoredLink {
    private String label;
    private String url;

    protected StoredLink() {}

    StoredLink(String label, String url) {
      this.label = label;
      this.url = url;
    }

    String label() {
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

    private String unit;

    protected StoredFigure() {}

    StoredFigure(String label, BigDecimal amount, String unit) {
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

    String unit() {
      return unit;
    }
  }
}
