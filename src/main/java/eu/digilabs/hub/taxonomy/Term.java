package eu.digilabs.hub.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** One entry of a controlled vocabulary, labelled in German and English. */
@Entity
class Term {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  private String vocabulary;
  private String code;

  @Column(name = "label_de")
  private String labelDe;

  @Column(name = "label_en")
  private String labelEn;

  private int position;
  private boolean active = true;
  @Version private long version;

  protected Term() {}

  Term(Vocabulary vocabulary, String code, String labelDe, String labelEn, int position) {
    this.vocabulary = vocabulary.code();
    this.code = code;
    this.labelDe = labelDe;
    this.labelEn = labelEn;
    this.position = position;
  }

  void relabel(String labelDe, String labelEn, boolean active) {
    this.labelDe = labelDe;
    this.labelEn = labelEn;
    this.active = active;
  }

  TermView view(TermLabels more) {
    return new TermView(
        vocabulary, code, labelDe, labelEn, active, version, more.of(vocabulary, code));
  }

  String vocabulary() {
    return vocabulary;
  }

  String code() {
    return code;
  }

  long version() {
    return version;
  }

  int position() {
    return position;
  }
}
