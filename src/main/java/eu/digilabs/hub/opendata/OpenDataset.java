package eu.digilabs.hub.opendata;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the hub's open datasets, implemented by the module that owns its items. Rows are read as a
 * visitor sees them (published items only, anonymous reports anonymous), one page at a time, so
 * that an export of any size holds one page in memory.
 */
public interface OpenDataset {

  /** The dataset's name in file names and addresses, such as {@code projects}. */
  String name();

  /** The schema.org type each row has in JSON-LD, such as {@code https://schema.org/Project}. */
  String rowType();

  /**
   * Where a row's page is, with {@code {id}} for the row's id (such as {@code /projects/{id}}); the
   * row's address in JSON-LD.
   */
  String rowPath();

  /** Codes of the EU's data themes (such as {@code GOVE}, {@code TECH}) the dataset belongs to. */
  List<String> themes();

  /** The columns, the first of them the row's id. */
  List<Column> columns();

  /**
   * One page of rows, each with a value per column (null where there is none, a list for a {@link
   * Column.Kind#LIST} column), in a stable order; fewer than {@code size} rows on the last page.
   */
  List<List<@Nullable Object>> rows(int page, int size);

  /** A value that changes whenever the rows may have changed, read with one small query. */
  String revision();
}
