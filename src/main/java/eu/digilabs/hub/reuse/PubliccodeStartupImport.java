package eu.digilabs.hub.reuse;

import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.startup.StartupTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Imports the publiccode.yml files of {@code hub.reuse.publiccode-dir} as draft solutions before
 * the platform serves, with the checks of a person's import (the operator configured the folder, so
 * no one signs in for it; the drafts name no creator). Idempotent: a file whose repository was
 * imported before is left alone. A missing folder stops the start; a rejected file is logged with
 * its reasons and the others still import.
 */
@Component
class PubliccodeStartupImport extends StartupTask {

  private static final Logger log = LoggerFactory.getLogger(PubliccodeStartupImport.class);

  private final ReuseProperties properties;
  private final PubliccodeImport imports;
  private final MessageSource messages;

  PubliccodeStartupImport(
      ReuseProperties properties, PubliccodeImport imports, MessageSource messages) {
    this.properties = properties;
    this.imports = imports;
    this.messages = messages;
  }

  @Override
  public int getPhase() {
    return IMPORTS + 5;
  }

  @Override
  protected boolean beforeServing() {
    return true;
  }

  @Override
  protected void run() {
    Path folder = properties.publiccodeFolder();
    if (folder == null) {
      return;
    }
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException(
          "hub.reuse.publiccode-dir names " + folder.toAbsolutePath() + ", which does not exist");
    }
    int imported = 0;
    int known = 0;
    int rejected = 0;
    for (Path file : files(folder)) {
      switch (importOne(file)) {
        case IMPORTED -> imported++;
        case KNOWN -> known++;
        case REJECTED -> rejected++;
      }
    }
    log.info(
        "publiccode.yml files from {}: {} imported, {} imported before, {} rejected",
        folder,
        imported,
        known,
        rejected);
  }

  private enum Outcome {
    IMPORTED,
    KNOWN,
    REJECTED
  }

  private Outcome importOne(Path file) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      log.warn("{} rejected: it is not UTF-8 text", file);
      return Outcome.REJECTED;
    } catch (IOException e) {
      log.warn("{} rejected: it cannot be read ({})", file, e.getMessage());
      return Outcome.REJECTED;
    }
    try {
      PubliccodeImport.ImportResult result =
          imports.importChecked(text, properties.publiccodeLab());
      log.info("{} imported as draft solution {}", file, result.solution().id());
      return Outcome.IMPORTED;
    } catch (Conflict e) {
      return Outcome.KNOWN;
    } catch (InvalidInput e) {
      log.warn("{} rejected:", file);
      boolean byLine = e instanceof PubliccodeImport.Rejected;
      e.problems()
          .forEach(
              p ->
                  log.warn(
                      "  {}{}",
                      byLine || p.field().isEmpty() ? "" : p.field() + ": ",
                      messages.getMessage(p.code(), p.args(), p.code(), Locale.ENGLISH)));
      return Outcome.REJECTED;
    }
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".yml") || name.endsWith(".yaml");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
