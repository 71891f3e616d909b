package eu.digilabs.hub.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Memberships extends JpaRepository<Membership, Long> {

  List<Membership> findByLabId(long labId);

  List<Membership> findByAccountId(long accountId);

  Optional<Membership> findByLabIdAndAccountId(long labId, long accountId);

  boolean existsByLabIdAndAccountIdAndEditorTrue(long labId, long accountId);
}
