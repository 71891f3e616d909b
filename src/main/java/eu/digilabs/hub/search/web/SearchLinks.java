package eu.digilabs.hub.search.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds links that set, change or remove one filter and keep all others (and the query). */
public record SearchLinks(String path, MultiValueMap<String, String> parameters) {

  static SearchLinks of(String path, Map<String, String[]> parameters) {
    MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
    parameters.forEach((name, values) -> copy.put(name, List.of(values)));
    copy.remove("page");
    return new SearchLinks(path, copy);
  }

  public String with(String name, @Nullable Object value) {
    return build(name, value == null ? null : String.valueOf(value));
  }

  public String without(String name) {
    return build(name, null);
  }

  public String page(int page) {
    return UriComponentsBuilder.fromPath(path)
        .queryParams(parameters)
        .replaceQueryParam("page", page)
        .build()
        .encode()
        .toUriString();
  }

  private String build(String name, @Nullable String value) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).queryParams(parameters);
    if (value == null) {
      builder.replaceQueryParam(name);
    } else {
      builder.replaceQueryParam(name, value);
    }
    return builder.build().encode().toUriString();
  }
}
