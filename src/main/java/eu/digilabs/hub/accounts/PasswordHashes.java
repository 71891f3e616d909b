package eu.digilabs.hub.accounts;

import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashes as accounts store them. */
final class PasswordHashes {

  private PasswordHashes() {}

  /** The encoder's hash of a password; encoders answer null only for a null password. */
  static String hash(PasswordEncoder encoder, String password) {
    return Objects.requireNonNull(encoder.encode(password), "password hash");
  }
}
