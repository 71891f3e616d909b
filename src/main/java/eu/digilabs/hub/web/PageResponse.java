package eu.digilabs.hub.web;

import java.util.List;
import org.springframework.data.domain.Page;

/** One page of an API list. {@code page} is zero-based. */
public record PageResponse<T>(List<T> items, int page, int size, long total, int pages) {

  public static <T> PageResponse<T> of(Page<T> page) {
    return new PageResponse<>(
        page.getContent(),
        page.getNumber(),
        page.getSize(),
        page.getTotalElements(),
        page.getTotalPages());
  }
}
