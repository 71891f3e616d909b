package eu.digilabs.hub.reuse.web;

import eu.digilabs.hub.reuse.Finding;
import eu.digilabs.hub.reuse.PubliccodeImport;
import eu.digilabs.hub.reuse.PubliccodeImport.ImportResult;
import eu.digilabs.hub.reuse.SolutionView;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.web.Languages;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API for importing publiccode.yml files as draft solutions. Needs a token of an editor of the
 * provider lab, or an admin's (who may leave the lab out: the file's owner organisation provides
 * it). A solution's file is at {@code /solutions/{id}/publiccode.yml}.
 */
@RestController
@RequestMapping("/api/v1")
class PubliccodeApi {

  private final PubliccodeImport imports;
  private final MessageSource messages;
  private final DataSize limit;

  PubliccodeApi(
      PubliccodeImport imports,
      MessageSource messages,
      @Value("${hub.request-limits.body:1MB}") DataSize limit) {
    this.imports = imports;
    this.messages = messages;
    this.limit = limit;
  }

  /** A problem of the file that did not stop the import, worth fixing in the file. */
  record Warning(int line, String path, String message) {}

  /** The new draft and the warnings about the file. */
  record Imported(SolutionView solution, List<Warning> warnings) {}

  /**
   * Imports a publiccode.yml file sent as the request body ({@code application/yaml}, {@code
   * text/yaml} or {@code text/plain}; UTF-8 unless a charset is given) as a draft solution of the
   * lab {@code labId}. 201 with the draft and the warnings, Location names it; 400 problem+json
   * with one entry of {@code errors} per problem ({@code field} the path in the file, {@code
   * message} starting with the line), also without {@code labId} for a member who is no admin; 401;
   * 403 unless an editor of the lab (or an admin); 409 when the file's repository was imported
   * before; 413 over the body limit ({@code hub.request-limits.body}); 429 over the rate limit.
   */
  @PostMapping(
      path = "/solutions/imports",
      consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
  ResponseEntity<Imported> importBody(
      @RequestBody byte[] body,
      @RequestParam(required = false) @Nullable Long labId,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
    Charset charset = StandardCharsets.UTF_8;
    try {
      Charset given = MediaType.parseMediaType(contentType).getCharset();
      charset = given == null ? charset : given;
    } catch (IllegalArgumentException e) {
      // the content type matched a consumed type, so only its charset can be unknown: UTF-8
    }
    return created(decoded(decode(body, charset)), labId);
  }

  /**
   * Imports a publiccode.yml file uploaded as the multipart part {@code file} (UTF-8) as a draft
   * solution of the lab {@code labId}. Statuses as for the body: 201; 400; 401; 403; 409; 413 over
   * the body limit; 429.
   */
  @PostMapping(path = "/solutions/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<?> importUpload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) @Nullable Long labId) {
    if (file.getSize() > limit.toBytes()) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(
              ProblemDetail.forStatusAndDetail(
                  HttpStatus.CONTENT_TOO_LARGE,
                  "The file may have at most " + limit.toBytes() + " bytes."));
    }
    return created(decoded(text(file)), labId);
  }

  private ResponseEntity<Imported> created(String yaml, @Nullable Long labId) {
    ImportResult result = imports.importFile(yaml, labId);
    Locale locale = Languages.supported(LocaleContextHolder.getLocale());
    List<Warning> warnings =
        result.warnings().stream()
            .map(w -> new Warning(w.line(), w.path(), message(w, locale)))
            .toList();
    return ResponseEntity.created(URI.create("/api/v1/solutions/" + result.solution().id()))
        .body(new Imported(result.solution(), warnings));
  }

  private String message(Finding finding, Locale locale) {
    return messages.getMessage(finding, locale);
  }

  private static String decoded(@Nullable String text) {
    if (text == null) {
      throw new InvalidInput("file", "publiccode.import.notUtf8");
    }
    return text;
  }

  /** An uploaded file's text as UTF-8, null when it is none. */
  static @Nullable String text(MultipartFile file) {
    try {
      return decode(file.getBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  /** The bytes as text, null when they are not valid in the charset. */
  static @Nullable String decode(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
