package eu.digilabs.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the start-up does with an index it finds: keep it, or remove it to rebuild it. */
class IndexCheckTests {

  static void index(Path directory) throws Exception {
    try (var dir = FSDirectory.open(directory);
        var writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document document = new Document();
      document.add(new TextField("title", "Chatbot für Bürgeranfragen", Field.Store.YES));
      writer.addDocument(document);
      writer.commit();
    }
  }

  @Test
  void aSoundIndexOfThisFormatIsKept(@TempDir Path root) throws Exception {
    index(root.resolve("Project"));
    Files.writeString(root.resolve(IndexCheck.FORMAT_FILE), IndexCheck.FORMAT);
    IndexCheck.check(root);
    assertThat(root.resolve("Project")).isDirectoryContaining("glob:**/segments_*");
  }

  @Test
  void anIndexOfAnotherFormatIsRemovedAndOtherFilesAreLeftAlone(@TempDir Path root)
      throws Exception {
    index(root.resolve("Project"));
    Files.createDirectories(root.resolve("notes"));
    Files.writeString(root.resolve("notes/readme.txt"), "kept");
    IndexCheck.check(root);
    assertThat(root.resolve("Project")).doesNotExist();
    assertThat(root.resolve("notes/readme.txt")).hasContent("kept");
    assertThat(root.resolve(IndexCheck.FORMAT_FILE)).hasContent(IndexCheck.FORMAT);
  }

  @Test
  void aCorruptIndexIsRemoved(@TempDir Path root) throws Exception {
    index(root.resolve("Lab"));
    Files.writeString(root.resolve(IndexCheck.FORMAT_FILE), IndexCheck.FORMAT);
    try (var files = Files.list(root.resolve("Lab"))) {
      Path data =
          files
              .filter(
                  f ->
                      !f.getFileName().toString().startsWith("segments")
                          && !f.getFileName().toString().equals("write.lock"))
              .filter(f -> f.toFile().length() > 100)
              .findFirst()
              .orElseThrow();
      byte[] bytes = Files.readAllBytes(data);
      bytes[bytes.length / 2] ^= 0x5A;
      Files.write(data, bytes);
    }
    IndexCheck.check(root);
    assertThat(root.resolve("Lab")).doesNotExist();
  }
}
