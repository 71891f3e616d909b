package eu.digilabs.hub.discussions.web;

import eu.digilabs.hub.discussions.DiscussionDraft;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page an empty discussion draft; a refused post brings its own over the redirect (a
 * flash attribute, which takes precedence).
 */
@ControllerAdvice(annotations = Controller.class)
class DiscussionAdvice {

  @ModelAttribute("discussionDraft")
  DiscussionDraft discussionDraft() {
    return DiscussionDraft.NONE;
  }
}
