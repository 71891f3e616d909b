package eu.digilabs.hub.labs;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.NotFound;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;

/**
 * The link-request flow every owner of {@link LabLinks} shares: links held back at a save wait as
 * requests, the linked lab's editors (and admins) see them and accept (the owner adds the link) or
 * decline (the request is dropped). The owner says what the linking content is called and where it
 * is, and how an accepted link is added.
 */
public abstract class HeldLinks<R extends LinkRequest> implements LabLinks {

  private final LinkRequestStore<R> requests;
  private final Rights rights;

  protected HeldLinks(LinkRequestStore<R> requests, Rights rights) {
    this.requests = requests;
    this.rights = rights;
  }

  /** The titles of the linking contents, by id; content that is gone is left out. */
  protected abstract Map<Long, String> titles(Collection<Long> contentIds);

  /** The kind of link the request asks for. */
  protected abstract String kindOf(R request);

  /** The page of the linking content. */
  protected abstract String pathOf(long contentId);

  /** Adds the accepted link to the content (and tells the other modules). */
  protected abstract void link(long labId, R request);

  @Override
  @Transactional(readOnly = true)
  public List<Request> pendingFor(long labId) {
    if (!rights.editorOf(labId)) {
      return List.of();
    }
    List<R> waiting = requests.findByLabIdOrderByCreatedAt(labId);
    Map<Long, String> titles = titles(waiting.stream().map(LinkRequest::contentId).toList());
    return waiting.stream()
        .filter(r -> titles.containsKey(r.contentId()))
        .map(
            r ->
                new Request(
                    kindOf(r),
                    r.id(),
                    titles.getOrDefault(r.contentId(), ""),
                    pathOf(r.contentId())))
        .toList();
  }

  @Override
  @Transactional
  public void accept(long labId, long requestId) {
    R request = request(labId, requestId);
    link(labId, request);
    requests.delete(request);
  }

  @Override
  @Transactional
  public void decline(long labId, long requestId) {
    requests.delete(request(labId, requestId));
  }

  /** Whether the saving person links to the lab at once: they edit it (or are an admin). */
  protected boolean editsLab(long labId) {
    return rights.editorOf(labId);
  }

  /** Who asks for the link: the signed-in account, if any. */
  protected @Nullable Long requester() {
    return rights.currentAccountId().orElse(null);
  }

  /** The request to the lab; only its editors (and admins) answer it. */
  private R request(long labId, long requestId) {
    rights.requireEditorOf(labId);
    return requests
        .findById(requestId)
        .filter(r -> r.labId() == labId)
        .orElseThrow(() -> new NotFound(notFound(requestId)));
  }

  /** The message of an unknown request. */
  protected String notFound(long requestId) {
    return "No link request " + requestId + ".";
  }
}
