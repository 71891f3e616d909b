package eu.digilabs.hub.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Accounts extends JpaRepository<Account, Long> {

  Optional<Account> findByEmailIgnoreCase(String email);

  Optional<Account> findByVerificationToken(String token);

  Optional<Account> findByResetTokenHash(String hash);

  Optional<Account> findByOidcSubject(String subject);

  boolean existsByAdminTrue();

  List<Account> findByAdminTrue();

  List<Account> findAllByOrderByDisplayName();
}
