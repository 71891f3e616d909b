package eu.digilabs.hub.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Memberships extends JpaRepository<Membership, Long> {

  List<Membership> findByLabId(long labId);

  List<Membership> findByAccountId(long accountId);

  List<Membership> findByAccountIdIn(Collection<Long> accountIds);

  List<Membership> findByLabIdIn(Collection<Long> labIds);

  Optional<Membership> findByLabIdAndAccountId(long labId, long accountId);

  boolean existsByLabIdAndAccountIdAndEditorTrue(long labId, long accountId);
}
