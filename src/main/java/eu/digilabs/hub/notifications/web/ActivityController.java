package eu.digilabs.hub.notifications.web;

import eu.digilabs.hub.notifications.Activities;
import eu.digilabs.hub.notifications.Notices;
import eu.digilabs.hub.web.Pager;
import eu.digilabs.hub.web.Ui;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** A member's feed ("What's new for me") and their notifications. */
@Controller
class ActivityController {

  static final int PAGE_SIZE = 30;

  private final Activities activities;
  private final Notices notices;

  ActivityController(Activities activities, Notices notices) {
    this.activities = activities;
    this.notices = notices;
  }

  @GetMapping("/activity")
  String feed(
      @RequestParam(defaultValue = "0") int page, @ModelAttribute("ui") Ui ui, Model model) {
    var feed = activities.feed(page, PAGE_SIZE);
    model.addAttribute("feed", feed);
    model.addAttribute("pager", Pager.of(feed, ui, ""));
    return "notifications/activity";
  }

  @GetMapping("/notifications")
  String notices(
      @RequestParam(defaultValue = "0") int page, @ModelAttribute("ui") Ui ui, Model model) {
    var mine = notices.mine(page, PAGE_SIZE);
    model.addAttribute("notices", mine);
    model.addAttribute("pager", Pager.of(mine, ui, ""));
    return "notifications/notices";
  }
}
