package eu.digilabs.hub.accounts.web;

import eu.digilabs.hub.accounts.AccountAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administration: the overview, accounts and roles. */
@Controller
class AdminAccountsController {

  private final AccountAdministration accounts;

  AdminAccountsController(AccountAdministration accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/admin")
  String overview() {
    return "admin/index";
  }

  @GetMapping("/admin/users")
  String users(Model model) {
    model.addAttribute("accounts", accounts.all());
    return "admin/users";
  }

  @PostMapping("/admin/users/{id}/admin")
  String setAdmin(@PathVariable long id, @RequestParam boolean admin) {
    accounts.setAdmin(id, admin);
    return "redirect:/admin/users";
  }

  /** Disabling takes effect on the account's next request: its sessions and tokens stop working. */
  @PostMapping("/admin/users/{id}/disabled")
  String setDisabled(@PathVariable long id, @RequestParam boolean disabled) {
    accounts.setDisabled(id, disabled);
    return "redirect:/admin/users";
  }
}
