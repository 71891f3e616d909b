package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.knowledge.ArticleAttachments;
import eu.digilabs.hub.shared.problems.InvalidInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An article's attachments: upload, removal and download. */
@Controller
class ArticleAttachmentController {

  private final ArticleAttachments attachments;
  private final Rights rights;

  ArticleAttachmentController(ArticleAttachments attachments, Rights rights) {
    this.attachments = attachments;
    this.rights = rights;
  }

  @PostMapping("/articles/{id}/attachments")
  String attach(
      @PathVariable long id,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    rights.requireMember();
    try {
      attachments.attach(
          id,
          file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getBytes());
      redirect.addFlashAttribute("notice", "articles.attached");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("attachmentError", e.problems().get(0));
    }
    return "redirect:/articles/" + id + "#attachments";
  }

  @PostMapping("/articles/{id}/attachments/{attachmentId}/delete")
  String detach(
      @PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
    attachments.detach(id, attachmentId);
    redirect.addFlashAttribute("notice", "articles.detached");
    return "redirect:/articles/" + id + "#attachments";
  }

  @GetMapping("/articles/{id}/attachments/{attachmentId}")
  ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId) {
    var file = attachments.attachmentFile(id, attachmentId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.getValue().contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.getValue().fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(new FileSystemResource(file.getKey()));
  }
}
