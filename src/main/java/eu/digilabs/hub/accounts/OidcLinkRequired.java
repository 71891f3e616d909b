package eu.digilabs.hub.accounts;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A login whose email belongs to a confirmed account: the person must prove it is theirs. */
class OidcLinkRequired extends OAuth2AuthenticationException {

  private final transient PendingLink link;

  OidcLinkRequired(PendingLink link) {
    super(new OAuth2Error("hub_link_required"), "The account must be confirmed first");
    this.link = link;
  }

  PendingLink link() {
    return link;
  }
}
