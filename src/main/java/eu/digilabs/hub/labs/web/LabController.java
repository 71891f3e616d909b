package eu.digilabs.hub.labs.web;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.MemberDirectory;
import eu.digilabs.hub.accounts.MemberView;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabCommand;
import eu.digilabs.hub.labs.LabEvents;
import eu.digilabs.hub.labs.LabFilter;
import eu.digilabs.hub.labs.LabLogos;
import eu.digilabs.hub.labs.LabProjects;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.labs.LabView;
import eu.digilabs.hub.labs.LinkRequests;
import eu.digilabs.hub.notifications.Activities;
import eu.digilabs.hub.notifications.Follows;
import eu.digilabs.hub.search.SimilarItems;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Form;
import eu.digilabs.hub.web.Forms;
import eu.digilabs.hub.web.PageMeta;
import eu.digilabs.hub.web.Pager;
import eu.digilabs.hub.web.Ui;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lab pages: the directory with filters, a lab with its projects and members, and the forms. */
@Controller
class LabController {

  static final String PROJECTS_OF_LAB = "projectsOfLab";

  private final LabService labs;
  private final AccountService accounts;
  private final Rights rights;
  private final LabTranslation translation;
  private final Forms forms;
  private final LabProjects projects;
  private final LabEvents events;

  private final SimilarItems similarItems;
  private final LinkRequests links;

  private final Follows follows;
  private final Activities activities;
  private final MemberDirectory directory;

  private final LabPageMeta pageMeta;

  LabController(
      LabService labs,
      AccountService accounts,
      Rights rights,
      LabTranslation translation,
      Forms forms,
      LabProjects projects,
      LabEvents events,
      SimilarItems similarItems,
      LinkRequests links,
      Follows follows,
      Activities activities,
      MemberDirectory directory,
      LabPageMeta pageMeta) {
    this.pageMeta = pageMeta;
    this.directory = directory;
    this.follows = follows;
    this.activities = activities;
    this.links = links;
    this.events = events;
    this.similarItems = similarItems;
    this.labs = labs;
    this.accounts = accounts;
    this.rights = rights;
    this.translation = translation;
    this.forms = forms;
    this.projects = projects;
  }

  @GetMapping("/labs")
  String list(
      LabFilter filter,
      @RequestParam(defaultValue = "0") int page,
      @ModelAttribute("ui") Ui ui,
      HttpServletRequest request,
      Model model) {
    Page<LabView> found = labs.list(filter, PageRequest.of(Math.max(0, page), 20, Sort.by("name")));
    model.addAttribute("page", found);
    model.addAttribute("filter", filter);
    model.addAttribute("pager", Pager.of(found, ui, request.getQueryString()));
    return "labs/list";
  }

  @GetMapping("/labs/{id}")
  String detail(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String translate,
      Model model) {
    LabView lab = labs.shown(id);
    model.addAttribute("lab", lab);
    // A translated view describes itself by the page's defaults: its description and data
    // belong to the original, which is the canonical page (and the view is noindex).
    if (PageMeta.forOriginal(translate)) {
      model.addAttribute("meta", pageMeta.of(lab));
    }
    boolean mayEdit = rights.editorOf(id);
    model.addAttribute("translation", translation.panel(lab, translate, mayEdit));
    model.addAttribute("contentLanguage", translation.language(lab));
    model.addAttribute("projects", projects.of(id));
    model.addAttribute("events", events.of(id));
    model.addAttribute("members", members(id));
    model.addAttribute("mayEdit", mayEdit);
    model.addAttribute("similar", similarItems.toLab(id));
    model.addAttribute("linkRequests", links.pendingFor(id));
    model.addAttribute("follow", follows.state(ItemKeys.of("lab", id), List.of(id)));
    model.addAttribute("activity", activities.ofLab(id, 0, 10).getContent());
    if (!model.containsAttribute("memberError")) {
      model.addAttribute("memberError", "");
    }
    return "labs/detail";
  }

  /**
   * The lab's members: all of them for its members and admins, otherwise only those who show their
   * profile (profiles are private by default).
   */
  private List<MemberView> members(long labId) {
    List<MemberView> all = accounts.members(labId);
    if (rights.memberOf(labId)) {
      return all;
    }
    var visible = directory.visible(all.stream().map(MemberView::accountId).toList());
    return all.stream().filter(m -> visible.contains(m.accountId())).toList();
  }

  @GetMapping("/labs/new")
  String createForm(Model model) {
    rights.requireMember();
    return form(model, null, Form.of(LabCommand.empty()));
  }

  @PostMapping("/labs")
  String create(
      @Valid @ModelAttribute("command") LabCommand command,
      BindingResult result,
      @RequestParam(required = false) @Nullable MultipartFile logo,
      Model model,
      RedirectAttributes redirect) {
    rights.requireMember();
    byte[] image = logo(logo, result);
    return forms.submit(
        command,
        LabCommand.class,
        result,
        () -> {
          LabView lab = labs.create(command, image);
          redirect.addFlashAttribute("notice", "labs.created");
          return "redirect:/labs/" + lab.id();
        },
        form -> form(model, null, form));
  }

  @GetMapping("/labs/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    LabView lab = labs.get(id);
    rights.requireEditorOf(id);
    return form(model, lab, Form.of(lab.command()));
  }

  @PostMapping("/labs/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("command") LabCommand command,
      BindingResult result,
      @RequestParam(required = false) @Nullable MultipartFile logo,
      Model model,
      RedirectAttributes redirect) {
    LabView lab = labs.get(id);
    rights.requireEditorOf(id);
    byte[] image = logo(logo, result);
    return forms.submit(
        command,
        LabCommand.class,
        result,
        () -> {
          labs.update(id, command.version() == null ? -1 : command.version(), command, image);
          redirect.addFlashAttribute("notice", "labs.saved");
          return "redirect:/labs/" + id;
        },
        form -> form(model, lab, form));
  }

  @PostMapping("/labs/{id}/archive")
  String archive(@PathVariable long id, RedirectAttributes redirect) {
    labs.archive(id);
    redirect.addFlashAttribute("notice", "labs.archived");
    return "redirect:/labs/" + id;
  }

  @PostMapping("/labs/{id}/members")
  String addMember(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "false") boolean editor,
      RedirectAttributes redirect) {
    labs.get(id);
    try {
      accounts.addMember(id, email, editor);
      redirect.addFlashAttribute("notice", "labs.memberAdded");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("memberError", forms.message(e.problems().get(0).code()));
    }
    return "redirect:/labs/" + id + "#members";
  }

  @PostMapping("/labs/{id}/members/{accountId}/remove")
  String removeMember(
      @PathVariable long id, @PathVariable long accountId, RedirectAttributes redirect) {
    accounts.removeMember(id, accountId);
    redirect.addFlashAttribute("notice", "labs.memberRemoved");
    return "redirect:/labs/" + id + "#members";
  }

  @PostMapping("/labs/{id}/links/{kind}/{requestId}/accept")
  String acceptLink(
      @PathVariable long id,
      @PathVariable String kind,
      @PathVariable long requestId,
      RedirectAttributes redirect) {
    links.accept(id, kind, requestId);
    redirect.addFlashAttribute("notice", "labs.linkAccepted");
    return "redirect:/labs/" + id + "#links";
  }

  @PostMapping("/labs/{id}/links/{kind}/{requestId}/decline")
  String declineLink(
      @PathVariable long id,
      @PathVariable String kind,
      @PathVariable long requestId,
      RedirectAttributes redirect) {
    links.decline(id, kind, requestId);
    redirect.addFlashAttribute("notice", "labs.linkDeclined");
    return "redirect:/labs/" + id + "#links";
  }

  /** The uploaded logo's bytes; none if nothing was uploaded or it is no logo (a field error). */
  private byte @Nullable [] logo(@Nullable MultipartFile logo, BindingResult result) {
    if (logo == null || logo.isEmpty()) {
      return null;
    }
    try {
      byte[] bytes = logo.getBytes();
      LabLogos.check(bytes);
      return bytes;
    } catch (InvalidInput e) {
      e.rejectInto(result);
    } catch (IOException e) {
      new InvalidInput("logo", "labs.logoNotImage").rejectInto(result);
    }
    return null;
  }

  private String form(Model model, @Nullable LabView lab, Form form) {
    model.addAttribute("lab", lab);
    model.addAttribute("form", form);
    model.addAttribute("organisations", labs.allOrganisations());
    return "labs/form";
  }
}
