package eu.digilabs.hub.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An account's membership in a lab; editors may change the lab and its content. */
@Entity
@Table(name = "lab_membership")
class Membership {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "lab_id")
  private long labId;

  @Column(name = "account_id")
  private long accountId;

  private boolean editor;

  protected Membership() {}

  Membership(long labId, long accountId, boolean editor) {
    this.labId = labId;
    this.accountId = accountId;
    this.editor = editor;
  }

  void editor(boolean editor) {
    this.editor = editor;
  }

  long labId() {
    return labId;
  }

  long accountId() {
    return accountId;
  }

  boolean editor() {
    return editor;
  }
}
