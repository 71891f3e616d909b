package eu.digilabs.hub.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links for a paged list that keep every filter of the current address.
 *
 * @param number zero-based page number
 * @param pages number of pages
 * @param total number of items over all pages
 */
public record Pager(String path, String query, int number, int pages, long total) {

  public static Pager of(Page<?> page, Ui ui, String query) {
    return new Pager(
        ui.path(), query, page.getNumber(), page.getTotalPages(), page.getTotalElements());
  }

  public String link(int page) {
    return UriComponentsBuilder.fromPath(path)
        .query(query)
        .replaceQueryParam("page", page)
        .build()
        .toUriString();
  }

  public boolean hasPrevious() {
    return number > 0;
  }

  public boolean hasNext() {
    return number + 1 < pages;
  }

  /** Page numbers to offer: the first, the last, and two either side of the current one. */
  public List<Integer> window() {
    List<Integer> result = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      if (i == 0 || i == pages - 1 || Math.abs(i - number) <= 2) {
        result.add(i);
      } else if (!result.isEmpty() && result.get(result.size() - 1) != -1) {
        result.add(-1);
      }
    }
    return result;
  }
}
