package eu.digilabs.hub.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, Long> {

  Optional<Account> findByEmailIgnoreCase(String email);

  Optional<Account> findByVerificationTokenHash(String hash);

  List<Account> findByDemoTrue();

  Optional<Account> findByResetTokenHash(String hash);

  Optional<Account> findByOidcSubject(String subject);

  boolean existsByAdminTrue();

  List<Account> findByAdminTrue();

  List<Account> findAllByOrderByDisplayName();

  @Query(
      "select new eu.digilabs.hub.accounts.AccountState(a.admin, a.disabled, a.sessionStamp)"
          + " from Account a where a.id = :id")
  Optional<AccountState> findStateById(long id);
}
