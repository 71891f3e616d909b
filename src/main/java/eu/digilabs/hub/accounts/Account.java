package eu.digilabs.hub.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** A person's account: how they sign in, what they told us about themselves, their role. */
@Entity
class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "display_name")
  private String displayName;

  private String organisation;
  private String languages;
  private String expertise;
  private boolean admin;

  @Column(name = "email_verified")
  private boolean emailVerified;

  @Column(name = "verification_token")
  private String verificationToken;

  @Column(name = "reset_token_hash")
  private String resetTokenHash;

  @Column(name = "reset_expires_at")
  private Instant resetExpiresAt;

  @Column(name = "failed_sign_ins")
  private int failedSignIns;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "oidc_subject")
  private String oidcSubject;

  private boolean demo;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Account() {}

  Account(String email, String displayName, String passwordHash) {
    this.email = email;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.createdAt = Instant.now();
  }

  void verificationToken(String token) {
    this.verificationToken = token;
  }

  void verified() {
    this.emailVerified = true;
    this.verificationToken = null;
  }

  void makeAdmin(boolean admin) {
    this.admin = admin;
  }

  void markDemo() {
    this.demo = true;
  }

  void password(String hash) {
    this.passwordHash = hash;
    this.resetTokenHash = null;
    this.resetExpiresAt = null;
    this.failedSignIns = 0;
    this.lockedUntil = null;
  }

  void resetToken(String hash, Instant expires) {
    this.resetTokenHash = hash;
    this.resetExpiresAt = expires;
  }

  boolean resetTokenValid(Instant now) {
    return resetTokenHash != null && resetExpiresAt != null && now.isBefore(resetExpiresAt);
  }

  void profile(String displayName, String organisation, String languages, String expertise) {
    this.displayName = displayName;
    this.organisation = organisation;
    this.languages = languages;
    this.expertise = expertise;
  }

  void linkOidc(String subject) {
    this.oidcSubject = subject;
    this.emailVerified = true;
  }

  /**
   * Counts a failed sign-in. From the third failure on, each further attempt waits twice as long (1
   * s, 2 s, 4 s, ...); from {@code lockAfter} failures the account is locked for {@code lock}.
   */
  void failedSignIn(Instant now, int lockAfter, Duration lock) {
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

  Long id() {
    return id;
  }

  String email() {
    return email;
  }

  String passwordHash() {
    return passwordHash;
  }

  String displayName() {
    return displayName;
  }

  String organisation() {
    return organisation;
  }

  String languages() {
    return languages;
  }

  String expertise() {
    return expertise;
  }

  boolean admin() {
    return admin;
  }

  boolean emailVerified() {
    return emailVerified;
  }

  String verificationToken() {
    return verificationToken;
  }

  String oidcSubject() {
    return oidcSubject;
  }

  Instant lockedUntil() {
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

  long version() {
    return version;
  }
}
