package eu.digilabs.hub.shared.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file with a header row into rows that know the line they started on. */
public final class Csv {

  private Csv() {}

  /**
   * A cell that a spreadsheet opens as text, never as a formula: a text starting with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe (the
   * OWASP advice against CSV injection). Numbers are written as they are, not through this.
   */
  public static String spreadsheetSafe(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  /** One data row; {@code line} is the 1-based line of the file where it starts. */
  public record Row(long line, Map<String, String> values) {

    /** The trimmed value of a column; empty when the column is missing or blank. */
    public String get(String column) {
      if (column == null) {
        return "";
      }
      String value = values.get(column);
      return value == null ? "" : value.strip();
    }

    public boolean has(String column) {
      return !get(column).isEmpty();
    }
  }

  /**
   * A CSV document (UTF-8 with BOM, so spreadsheets read the accents) with a header row. Values a
   * spreadsheet would run as a formula get a leading apostrophe.
   */
  public static byte[] write(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder("\uFEFF");
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord(header);
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(Csv::inert).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String inert(String value) {
    return value == null ? "" : spreadsheetSafe(value);
  }

  public static List<Row> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  public static List<Row> read(InputStream input) throws IOException {
    BufferedInputStream in = new BufferedInputStream(input);
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (!(bom.length == 3
        && (bom[0] & 0xFF) == 0xEF
        && (bom[1] & 0xFF) == 0xBB
        && (bom[2] & 0xFF) == 0xBF)) {
      in.reset();
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setIgnoreEmptyLines(true)
            .get();
    List<Row> rows = new ArrayList<>();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames();
      long before = parser.getCurrentLineNumber();
      Iterator<CSVRecord> records = parser.iterator();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
          values.putIfAbsent(header.get(i), record.get(i));
        }
        rows.add(new Row(before + 1, values));
        before = parser.getCurrentLineNumber();
      }
    }
    return rows;
  }
}
