package eu.digilabs.hub.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.projects.ChangeView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The publiccode.yml files of {@code hub.reuse.publiccode-dir} are imported at start as drafts of
 * the system account, once: a second run changes nothing; a rejected file does not keep the others
 * out; a missing folder stops the start.
 */
@HubTest
class PubliccodeStartupImportTests {

  static final List<String> FILES =
      List.of("it-at-m__mucgpt.yml", "AgID__wai-portal.yml", "Cetriq__CuraNexus.yml");

  static final Path FOLDER = folder();

  @DynamicPropertySource
  static void folder(DynamicPropertyRegistry registry) {
    registry.add("hub.reuse.publiccode-dir", FOLDER::toString);
  }

  /** Three corpus files, a file without an owner (no provider), a broken one and a text file. */
  private static Path folder() {
    try {
      Path folder = Files.createTempDirectory("publiccode-");
      for (String file : FILES) {
        Files.writeString(
            folder.resolve(file), PubliccodeCorpus.text(file), StandardCharsets.UTF_8);
      }
      Files.writeString(
          folder.resolve("no-owner.yaml"),
          PubliccodeReaderTests.minimal().replace("mini.git", "no-owner.git"),
          StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("broken.yml"), "name: [", StandardCharsets.UTF_8);
      Files.writeString(
          folder.resolve("README.txt"), "not a publiccode.yml", StandardCharsets.UTF_8);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void removeFolder() throws IOException {
    FileSystemUtils.deleteRecursively(FOLDER);
  }

  @Autowired PubliccodeStartupImport startup;
  @Autowired Solutions solutions;
  @Autowired ReuseProperties properties;
  @Autowired SolutionService service;
  @Autowired ApplicationContext context;

  Optional<Solution> bySource(String url) {
    return solutions.findBySourceKey(PubliccodeMapping.sourceKey(url));
  }

  @Test
  void theFilesOfTheFolderAreImportedOnceAsDraftsOfTheirOwners() {
    assertThat(bySource("https://github.com/it-at-m/mucgpt")).isPresent();
    assertThat(bySource("https://github.com/AgID/wai-portal")).isPresent();
    assertThat(bySource("https://github.com/Cetriq/CuraNexus")).isPresent();
    assertThat(bySource("https://example.org/no-owner.git")).isEmpty();
    Solution mucgpt = bySource("https://github.com/it-at-m/mucgpt").orElseThrow();
    SolutionView view = TestAccounts.asAdmin(context, () -> service.get(mucgpt.id()));
    assertThat(view.published()).isFalse();
    assertThat(view.providerLabId()).isNull();
    assertThat(view.providerOrganisationName()).isEqualTo("Landeshauptstadt München");
    assertThat(TestAccounts.asAdmin(context, () -> service.history(mucgpt.id())))
        .extracting(ChangeView::action)
        .containsExactly("imported");
    long count = solutions.count();

    startup.run();

    assertThat(solutions.count()).isEqualTo(count);
  }

  @Test
  void aFolderThatDoesNotExistStopsTheStart() {
    PubliccodeStartupImport missing =
        new PubliccodeStartupImport(
            new ReuseProperties(FOLDER.resolve("missing").toString(), null), null, null);

    assertThatThrownBy(missing::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hub.reuse.publiccode-dir")
        .hasMessageContaining("does not exist");
    assertThat(properties.publiccodeFolder()).isEqualTo(FOLDER);
  }
}
