package eu.digilabs.hub.web;

import eu.digilabs.hub.shared.text.Markdown;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org data for a page, built as an ordered map and written as JSON that is safe inside a
 * {@code <script type="application/ld+json">} element ({@code <}, {@code >} and {@code &} escaped,
 * so no text of an item can end the script).
 */
public final class JsonLd {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Texts in the data are cut here: it describes the page, it does not repeat it. */
  static final int MAX_TEXT = 1000;

  private JsonLd() {}

  /** A node of a given schema.org type; empty values are left out. */
  public static Data of(String type) {
    Data data = new Data();
    data.values.put("@context", "https://schema.org");
    data.values.put("@type", type);
    return data;
  }

  /** A nested node (an organisation, a place) without a context of its own. */
  public static Data node(String type) {
    Data data = new Data();
    data.values.put("@type", type);
    return data;
  }

  /** JSON text, safe inside a script element. */
  public static String script(Object value) {
    return JSON.writeValueAsString(value)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }

  /** A schema.org node under construction. */
  public static final class Data {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Sets a property; null, blank texts and empty lists are left out. */
    public Data put(String property, @Nullable Object value) {
      if (value == null
          || (value instanceof String text && text.isBlank())
          || (value instanceof Collection<?> list && list.isEmpty())) {
        return this;
      }
      values.put(property, value instanceof Data data ? data.values : value);
      return this;
    }

    /** Sets a text property from Markdown: plain text, without markup or link targets. */
    public Data text(String property, @Nullable String markdown) {
      return put(property, Markdown.plain(markdown, MAX_TEXT));
    }

    /** Sets a property to a list of nodes. */
    public Data putAll(String property, List<Data> nodes) {
      return put(property, nodes.stream().map(node -> node.values).toList());
    }

    public Map<String, Object> values() {
      return values;
    }

    public String script() {
      return JsonLd.script(values);
    }
  }
}
