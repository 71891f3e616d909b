package eu.digilabs.hub.reuse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The publiccode.yml files of the test corpus, as its {@code index.csv} lists them. */
final class PubliccodeCorpus {

  private static final String FOLDER = "/publiccode/corpus/";

  /** One file of the corpus: its name in the index ({@code files/owner__repo.yml}), its repo. */
  record Entry(String file, String repo) {

    String text() {
      return PubliccodeCorpus.text(file);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  private PubliccodeCorpus() {}

  static List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    try (Reader index = reader("index.csv")) {
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord row : format.parse(index)) {
        entries.add(new Entry(row.get("file"), row.get("repo")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** A corpus file's text, by its name in the index or a file name under {@code files/}. */
  static String text(String file) {
    String path = file.startsWith("files/") ? file : "files/" + file;
    try (InputStream in = stream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reader reader(String path) {
    return new InputStreamReader(stream(path), StandardCharsets.UTF_8);
  }

  private static InputStream stream(String path) {
    InputStream in = PubliccodeCorpus.class.getResourceAsStream(FOLDER + path);
    if (in == null) {
      throw new IllegalStateException("No corpus file " + path);
    }
    return in;
  }
}
