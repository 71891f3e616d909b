package eu.digilabs.hub.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokens extends JpaRepository<ApiToken, Long> {

  Optional<ApiToken> findByTokenHash(String hash);

  List<ApiToken> findByAccountIdOrderByCreatedAtDesc(long accountId);
}
