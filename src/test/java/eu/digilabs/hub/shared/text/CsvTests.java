package eu.digilabs.hub.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and writing CSV: header rows, lines, byte order marks and spreadsheet formulas. */
class CsvTests {

  @Test
  void rowsKnowTheLineTheyStartOnAlsoAfterAQuotedLineBreak() throws IOException {
    List<Csv.Row> rows = read("id,name\n1,\"two\nlines\"\n2,next\n");
    assertThat(rows).extracting(Csv.Row::line).containsExactly(2L, 4L);
    assertThat(rows.get(0).get("name")).isEqualTo("two\nlines");
  }

  @Test
  void valuesAreTrimmedAndMissingColumnsAreEmpty() throws IOException {
    Csv.Row row = read("id,name\n 7 ,\n").get(0);
    assertThat(row.get("id")).isEqualTo("7");
    assertThat(row.get("name")).isEmpty();
    assertThat(row.has("name")).isFalse();
    assertThat(row.get("nothing")).isEmpty();
    assertThat(row.get(null)).isEmpty();
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstColumnsName() throws IOException {
    Csv.Row row = read("\uFEFFid,name\n1,Ä\n").get(0);
    assertThat(row.values()).containsOnlyKeys("id", "name");
    assertThat(row.get("name")).isEqualTo("Ä");
  }

  @Test
  void emptyLinesAreSkippedAndShortRowsKeepWhatTheyHave() throws IOException {
    List<Csv.Row> rows = read("a,b,c\n\n1,2\n");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).values()).containsOnlyKeys("a", "b");
  }

  @Test
  void writtenFilesStartWithAByteOrderMarkAndDefuseFormulas() throws IOException {
    byte[] csv =
        Csv.write(
            List.of("name", "note"), List.of(List.of("=SUM(A1)", "plain"), List.of("-1", "")));
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFname,note");
    List<Csv.Row> rows = Csv.read(new ByteArrayInputStream(csv));
    assertThat(rows.get(0).get("name")).isEqualTo("'=SUM(A1)");
    assertThat(rows.get(0).get("note")).isEqualTo("plain");
    assertThat(rows.get(1).get("name")).isEqualTo("'-1");
  }

  private static List<Csv.Row> read(String text) throws IOException {
    return Csv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasStayText() {
    assertThat(Csv.spreadsheetSafe("=HYPERLINK(\"https://evil\")")).startsWith("'=");
    assertThat(Csv.spreadsheetSafe("+1")).isEqualTo("'+1");
    assertThat(Csv.spreadsheetSafe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.spreadsheetSafe("Chatbot -- pilot")).isEqualTo("Chatbot -- pilot");
    assertThat(Csv.spreadsheetSafe("")).isEmpty();
  }
}
