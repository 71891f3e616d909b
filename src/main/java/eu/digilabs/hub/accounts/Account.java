package eu.digilabs.hub.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person's account: how they sign in, what they told us about themselves, their role. */
@Entity
class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  private String email = "";

  @Column(name = "password_hash")
  private @Nullable String passwordHash;

  @Column(name = "display_name")
  private String displayName = "";

  private @Nullable String organisation;
  private @Nullable String languages;
  private @Nullable String expertise;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @jakarta.persistence.Column(name = "profile_visibility")
  private ProfileVisibility profileVisibility = ProfileVisibility.PRIVATE;

  private boolean admin;

  @Column(name = "email_verified")
  private boolean emailVerified;

  @Column(name = "verification_token_hash")
  private @Nullable String verificationTokenHash;

  @Column(name = "verification_expires_at")
  private @Nullable Instant verificationExpiresAt;

  @Column(name = "reset_token_hash")
  private @Nullable String resetTokenHash;

  @Column(name = "reset_expires_at")
  private @Nullable Instant resetExpiresAt;

  @Column(name = "failed_sign_ins")
  private int failedSignIns;

  @Column(name = "locked_until")
  private @Nullable Instant lockedUntil;

  @Column(name = "oidc_subject")
  private @Nullable String oidcSubject;

  private boolean demo;

  /** Disabled accounts cannot sign in or use their tokens; their sessions end. */
  private boolean disabled;

  /** Counts password changes: sessions signed in under an older stamp are ended. */
  @Column(name = "session_stamp")
  private long sessionStamp;

  /** Set when the password changed while API tokens were active, until the owner decides. */
  @Column(name = "tokens_to_review")
  private boolean tokensToReview;

  @Column(name = "created_at")
  private Instant createdAt = Instant.EPOCH;

  @Version private long version;

  protected Account() {}

  Account(String email, String displayName, @Nullable String passwordHash) {
    this.email = email;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.createdAt = Instant.now();
  }

  void verificationToken(String hash, Instant expires) {
    this.verificationTokenHash = hash;
    this.verificationExpiresAt = expires;
  }

  boolean verificationTokenValid(Instant now) {
    return verificationTokenHash != null
        && verificationExpiresAt != null
        && now.isBefore(verificationExpiresAt);
  }

  void verified() {
    this.emailVerified = true;
    this.verificationTokenHash = null;
    this.verificationExpiresAt = null;
  }

  /**
   * Takes away every way to sign in (password, confirmed address for API tokens, pending links) and
   * ends its sessions: for demo accounts when demo content is off.
   */
  void disable() {
    this.passwordHash = null;
    this.emailVerified = false;
    this.verificationTokenHash = null;
    this.verificationExpiresAt = null;
    this.resetTokenHash = null;
    this.resetExpiresAt = null;
    this.sessionStamp++;
  }

  /** Gives a disabled demo account its password back, when demo content is on again. */
  void restore(String passwordHash) {
    password(passwordHash);
    this.emailVerified = true;
  }

  void makeAdmin(boolean admin) {
    this.admin = admin;
  }

  void markDemo() {
    this.demo = true;
  }

  /** A new password ends every session signed in with the old one. */
  void password(String hash) {
    this.passwordHash = hash;
    this.resetTokenHash = null;
    this.resetExpiresAt = null;
    this.failedSignIns = 0;
    this.lockedUntil = null;
    this.sessionStamp++;
  }

  void disable(boolean disabled) {
    this.disabled = disabled;
  }

  void tokensToReview(boolean review) {
    this.tokensToReview = review;
  }

  void resetToken(String hash, Instant expires) {
    this.resetTokenHash = hash;
    this.resetExpiresAt = expires;
  }

  boolean resetTokenValid(Instant now) {
    return resetTokenHash != null && resetExpiresAt != null && now.isBefore(resetExpiresAt);
  }

  void profile(
      String displayName,
      @Nullable String organisation,
      @Nullable String languages,
      @Nullable String expertise) {
    this.displayName = displayName;
    this.organisation = organisation;
    this.languages = languages;
    this.expertise = expertise;
  }

  void profileVisibility(ProfileVisibility visibility) {
    this.profileVisibility = visibility;
  }

  ProfileVisibility profileVisibility() {
    return profileVisibility;
  }

  /** Links a provider login; a subject once linked is never replaced by another. */
  void linkOidc(String subject) {
    if (oidcSubject != null && !oidcSubject.equals(subject)) {
      throw new IllegalStateException("Account " + id + " is linked to another login");
    }
    this.oidcSubject = subject;
  }

  /**
   * Counts a failed sign-in. From the third failure on, each further attempt waits twice as long (1
   * s, 2 s, 4 s, ...); from {@code lockAfter} failures the account is locked for {@code lock}. Once
   * such a lock has expired the count starts again, so that one guess per lock period cannot keep
   * the owner out for good.
   */
  void failedSignIn(Instant now, int lockAfter, Duration lock) {
    if (failedSignIns >= lockAfter && !locked(now)) {
      failedSignIns = 0;
    }
    failedSignIns++;
    if (failedSignIns >= lockAfter) {
      lockedUntil = now.plus(lock);
    } else if (failedSignIns >= 3) {
      lockedUntil = now.plusSeconds(1L << Math.min(failedSignIns - 3, 10));
    }
  }

  void signedIn() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  boolean locked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** The database's id; an account is used only once it is saved. */
  Long id() {
    if (id == null) {
      throw new IllegalStateException("The account is not saved yet");
    }
    return id;
  }

  String email() {
    return email;
  }

  @Nullable String passwordHash() {
    return passwordHash;
  }

  String displayName() {
    return displayName;
  }

  @Nullable String organisation() {
    return organisation;
  }

  @Nullable String languages() {
    return languages;
  }

  @Nullable String expertise() {
    return expertise;
  }

  boolean admin() {
    return admin;
  }

  boolean emailVerified() {
    return emailVerified;
  }

  @Nullable String verificationTokenHash() {
    return verificationTokenHash;
  }

  @Nullable Instant verificationExpiresAt() {
    return verificationExpiresAt;
  }

  @Nullable String oidcSubject() {
    return oidcSubject;
  }

  @Nullable Instant lockedUntil() {
    return lockedUntil;
  }

  int failedSignIns() {
    return failedSignIns;
  }

  Instant createdAt() {
    return createdAt;
  }

  boolean demo() {
    return demo;
  }

  boolean disabled() {
    return disabled;
  }

  long sessionStamp() {
    return sessionStamp;
  }

  boolean tokensToReview() {
    return tokensToReview;
  }

  long version() {
    return version;
  }
}
