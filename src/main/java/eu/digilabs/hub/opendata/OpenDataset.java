package eu.digilabs.hub.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One of the hub's open datasets, implemented by the module that owns its items. Rows are read as a
 * visitor sees them (published items only, anonymous reports anonymous), one batch at a time and
 * each batch after the key of the one before (never by offset, which scans past every row before
 * it), so that an export of any size holds one batch in memory and takes time in proportion to its
 * rows.
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
   * The rows of at most {@code size} items whose key is greater than {@code after} (0 for the first
   * batch), in the order of their keys; fewer than {@code size} items only in the last batch. A row
   * has a value per column (null where there is none, a list for a {@link Column.Kind#LIST}
   * column); an item may have several rows (a method card one per language).
   */
  Batch rows(long after, int size);

  /** A value that changes whenever the rows may have changed, read with one small query. */
  String revision();

  /**
   * One batch of rows.
   *
   * @param keys for each row, the key of its item
   * @param items how many items the rows are of
   * @param last the key of the batch's last item, to ask for the next batch after
   */
  record Batch(List<List<@Nullable Object>> rows, List<Long> keys, int items, long last) {

    public Batch {
      rows = List.copyOf(rows);
      keys = List.copyOf(keys);
      if (keys.size() != rows.size()) {
        throw new IllegalArgumentException(rows.size() + " rows but " + keys.size() + " keys");
      }
    }

    /** The rows of the items (one each), keyed by {@code key}; {@code after} if there are none. */
    public static <T> Batch of(
        List<T> items, long after, ToLongFunction<T> key, Function<T, List<@Nullable Object>> row) {
      return expanded(items, after, key, item -> Stream.of(row.apply(item)));
    }

    /** The rows of the items, any number each, keyed by {@code key}. */
    public static <T> Batch expanded(
        List<T> items,
        long after,
        ToLongFunction<T> key,
        Function<T, Stream<List<@Nullable Object>>> rows) {
      List<List<@Nullable Object>> written = new ArrayList<>();
      List<Long> keys = new ArrayList<>();
      for (T item : items) {
        long itemKey = key.applyAsLong(item);
        rows.apply(item)
            .forEach(
                row -> {
                  written.add(row);
                  keys.add(itemKey);
                });
      }
      long last = items.isEmpty() ? after : key.applyAsLong(items.get(items.size() - 1));
      return new Batch(written, keys, items.size(), last);
    }
  }
}
