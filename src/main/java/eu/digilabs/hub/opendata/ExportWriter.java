package eu.digilabs.hub.opendata;

import eu.digilabs.hub.shared.text.Csv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one dataset's rows into its four files at once, page by page, and notes what the catalogue
 * needs (rows, countries, dates). Holds one page of rows at a time.
 */
final class ExportWriter implements AutoCloseable {

  private static final char BOM = '\uFEFF';

  private final OpenDataset dataset;
  private final List<Column> columns;
  private final String baseUrl;
  private final OpenDataProperties settings;
  private final CSVPrinter csv;
  private final CSVPrinter semicolonCsv;
  private final JsonGenerator json;
  private final JsonGenerator jsonLd;
  private final List<AutoCloseable> streams = new ArrayList<>();
  private final TreeSet<String> countries = new TreeSet<>();
  private final int dateColumn;
  private long rows;
  private boolean closed;
  private @Nullable LocalDate from;
  private @Nullable LocalDate to;

  ExportWriter(
      OpenDataset dataset,
      Path folder,
      String datasetIri,
      String baseUrl,
      OpenDataProperties settings,
      JsonMapper mapper)
      throws IOException {
    this.dataset = dataset;
    this.columns = dataset.columns();
    this.baseUrl = baseUrl;
    this.settings = settings;
    this.dateColumn = firstDateColumn(columns);
    List<String> header = new ArrayList<>(columns.stream().map(Column::name).toList());
    header.add("licence");
    this.csv = csv(folder, Export.Format.CSV, ',', header);
    this.semicolonCsv = csv(folder, Export.Format.CSV_SEMICOLON, ';', header);
    this.json = mapper.createGenerator(open(folder, Export.Format.JSON));
    json.writeStartObject();
    json.writeName("dataset");
    json.writeString(datasetIri);
    json.writeName("licence");
    json.writeString(settings.licenceUrl());
    json.writeName("licenceName");
    json.writeString(settings.licenceName());
    json.writeName("items");
    json.writeStartArray();
    this.jsonLd = mapper.createGenerator(open(folder, Export.Format.JSON_LD));
    startJsonLd(datasetIri);
  }

  /** Writes a page of rows to every file. */
  void write(List<List<@Nullable Object>> page) throws IOException {
    for (List<@Nullable Object> row : page) {
      writeCsv(csv, row);
      writeCsv(semicolonCsv, row);
      writeJson(row);
      writeJsonLd(row);
      note(row);
      rows++;
    }
  }

  long rows() {
    return rows;
  }

  List<String> countries() {
    return List.copyOf(countries);
  }

  @Nullable LocalDate from() {
    return from;
  }

  @Nullable LocalDate to() {
    return to;
  }

  /** Ends the files' structures; after this the files are complete. */
  void finish() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    jsonLd.writeEndArray();
    jsonLd.writeEndObject();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    csv.close(true);
    semicolonCsv.close(true);
    json.close();
    jsonLd.close();
    for (AutoCloseable stream : streams) {
      try {
        stream.close();
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }

  static Path temporary(Path folder, Export.Format format, String dataset) {
    return folder.resolve("." + format.fileName(dataset) + ".part");
  }

  private OutputStream open(Path folder, Export.Format format) throws IOException {
    OutputStream out = Files.newOutputStream(temporary(folder, format, dataset.name()));
    streams.add(out);
    return out;
  }

  private CSVPrinter csv(Path folder, Export.Format format, char delimiter, List<String> header)
      throws IOException {
    BufferedWriter writer =
        new BufferedWriter(new OutputStreamWriter(open(folder, format), StandardCharsets.UTF_8));
    writer.write(BOM);
    CSVFormat csvFormat =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setHeader(header.toArray(String[]::new))
            .get();
    return new CSVPrinter(writer, csvFormat);
  }

  private void startJsonLd(String datasetIri) {
    jsonLd.writeStartObject();
    jsonLd.writeName("@context");
    jsonLd.writeStartObject();
    jsonLd.writeName("dct");
    jsonLd.writeString("http://purl.org/dc/terms/");
    jsonLd.writeName("dcat");
    jsonLd.writeString("http://www.w3.org/ns/dcat#");
    for (Column column : columns) {
      String term = column.term();
      if (column.kind() == Column.Kind.ID || term == null) {
        continue;
      }
      jsonLd.writeName(column.name());
      jsonLd.writeStartObject();
      jsonLd.writeName("@id");
      jsonLd.writeString(term);
      if (column.kind() == Column.Kind.URL) {
        jsonLd.writeName("@type");
        jsonLd.writeString("@id");
      }
      jsonLd.writeEndObject();
    }
    jsonLd.writeEndObject();
    jsonLd.writeName("@graph");
    jsonLd.writeStartArray();
    jsonLd.writeStartObject();
    jsonLd.writeName("@id");
    jsonLd.writeString(datasetIri);
    jsonLd.writeName("@type");
    jsonLd.writeString("dcat:Dataset");
    jsonLd.writeName("dct:license");
    jsonLd.writeStartObject();
    jsonLd.writeName("@id");
    jsonLd.writeString(settings.licenceUrl());
    jsonLd.writeEndObject();
    jsonLd.writeEndObject();
  }

  private void writeCsv(CSVPrinter printer, List<@Nullable Object> row) throws IOException {
    for (@Nullable Object value : row) {
      if (value instanceof List<?> list) {
        printer.print(Csv.spreadsheetSafe(String.join("|", texts(list))));
      } else if (value instanceof String text) {
        printer.print(Csv.spreadsheetSafe(text));
      } else {
        printer.print(text(value));
      }
    }
    printer.print(settings.licenceUrl());
    printer.println();
  }

  private void writeJson(List<@Nullable Object> row) {
    json.writeStartObject();
    for (int i = 0; i < columns.size(); i++) {
      json.writeName(columns.get(i).name());
      value(json, row.get(i));
    }
    json.writeEndObject();
  }

  private void writeJsonLd(List<@Nullable Object> row) {
    jsonLd.writeStartObject();
    jsonLd.writeName("@id");
    jsonLd.writeString(baseUrl + dataset.rowPath().replace("{id}", text(row.get(0))));
    jsonLd.writeName("@type");
    jsonLd.writeString(dataset.rowType());
    for (int i = 1; i < columns.size(); i++) {
      @Nullable Object value = row.get(i);
      if (value == null
          || columns.get(i).term() == null
          || (value instanceof List<?> list && list.isEmpty())) {
        continue;
      }
      jsonLd.writeName(columns.get(i).name());
      value(jsonLd, value);
    }
    jsonLd.writeEndObject();
  }

  private static void value(JsonGenerator out, @Nullable Object value) {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof Boolean flag) {
      out.writeBoolean(flag);
    } else if (value instanceof Integer number) {
      out.writeNumber(number);
    } else if (value instanceof Long number) {
      out.writeNumber(number);
    } else if (value instanceof Double number) {
      out.writeNumber(number);
    } else if (value instanceof List<?> list) {
      out.writeStartArray();
      for (String item : texts(list)) {
        out.writeString(item);
      }
      out.writeEndArray();
    } else {
      out.writeString(text(value));
    }
  }

  private void note(List<@Nullable Object> row) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).kind() == Column.Kind.COUNTRY && row.get(i) instanceof String country) {
        countries.add(country);
      }
    }
    if (dateColumn >= 0) {
      LocalDate date = date(row.get(dateColumn));
      if (date != null) {
        from = from == null || date.isBefore(from) ? date : from;
        to = to == null || date.isAfter(to) ? date : to;
      }
    }
  }

  private static int firstDateColumn(List<Column> columns) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).kind() == Column.Kind.DATE) {
        return i;
      }
    }
    return -1;
  }

  private static @Nullable LocalDate date(@Nullable Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
    return null;
  }

  private static List<String> texts(List<?> list) {
    return list.stream().map(ExportWriter::text).toList();
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }
}
