package eu.digilabs.hub.labs;

import eu.digilabs.hub.shared.problems.NotFound;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Links to a lab waiting for its editors, from every module that owns such links: listed on the lab
 * page and in the API, accepted or declined there. Rights are decided by the owning module.
 */
@Service
public class LinkRequests {

  private final List<LabLinks> owners;

  LinkRequests(List<LabLinks> owners) {
    this.owners = owners;
  }

  /** Waiting links to the lab, for its editors (empty for anyone else). */
  public List<LabLinks.Request> pendingFor(long labId) {
    List<LabLinks.Request> all = new ArrayList<>();
    owners.forEach(o -> all.addAll(o.pendingFor(labId)));
    return all;
  }

  public void accept(long labId, String kind, long requestId) {
    owner(kind).accept(labId, requestId);
  }

  public void decline(long labId, String kind, long requestId) {
    owner(kind).decline(labId, requestId);
  }

  private LabLinks owner(String kind) {
    return owners.stream()
        .filter(o -> o.handles(kind))
        .findFirst()
        .orElseThrow(() -> new NotFound("No links of kind " + kind + "."));
  }
}
