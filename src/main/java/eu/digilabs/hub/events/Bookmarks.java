package eu.digilabs.hub.events;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Bookmarks extends JpaRepository<Bookmark, Bookmark.Key> {

  List<Bookmark> findByAccountId(long accountId);
}
