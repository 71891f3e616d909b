package eu.digilabs.hub.labs;

import java.util.List;

/**
 * Links from another lab's content to a lab (a partner lab of a project, say) that wait for an
 * editor of the linked lab to accept them; only accepted links are shown publicly. Implemented by
 * the modules that own such links, which depend on labs; each decides the rights in its service.
 */
public interface LabLinks {

  /**
   * One waiting link on the lab page: {@code kind} names the implementing module's kind of link (a
   * message key suffix too), {@code id} the request, {@code title} the linking content.
   */
  record Request(String kind, long id, String title, String path) {}

  /** Whether this implementation owns links of the kind. */
  boolean handles(String kind);

  /** Links to the lab waiting for its editors; empty for anyone else. */
  List<Request> pendingFor(long labId);

  /** An editor of the lab accepts the link: it is shown from now on. */
  void accept(long labId, long requestId);

  /** An editor of the lab declines the link: it is dropped. */
  void decline(long labId, long requestId);
}
