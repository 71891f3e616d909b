package eu.digilabs.hub.events;

import java.net.URI;
import java.net.URISyntaxException;

/** Links organisers give (streams, materials): absolute http or https addresses with a host. */
final class WebAddresses {

  private WebAddresses() {}

  static boolean valid(String text) {
    try {
      URI uri = new URI(text.strip());
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
