package eu.digilabs.hub.shared.locks;

/** Runs work that one node at a time may do, waiting while another node does it. */
@FunctionalInterface
public interface OneAtATime {

  /** Runs the work once no other node holds the lock of that name, holding it meanwhile. */
  void runAlone(String name, Runnable work);
}
