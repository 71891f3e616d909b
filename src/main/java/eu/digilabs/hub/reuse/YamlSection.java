package eu.digilabs.hub.reuse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of a publiccode.yml file while it is read: its values as text (as written, without
 * surrounding white space, whatever type YAML would give them), lists and sub-sections, each with
 * its line and path, and warnings for values of the wrong shape and for keys nobody asked for.
 */
final class YamlSection {

  private final String path;
  private final int line;
  private final Findings findings;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final List<Node> oddKeys = new ArrayList<>();
  private final Set<String> asked = new HashSet<>();

  YamlSection(MappingNode node, String path, Findings findings) {
    this.path = path;
    this.line = YamlTree.line(node);
    this.findings = findings;
    for (NodeTuple tuple : node.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        entries.putIfAbsent(key.getValue(), tuple);
      } else {
        oddKeys.add(tuple.getKeyNode());
      }
    }
  }

  String path() {
    return path;
  }

  /** Where problems with this section's values go. */
  Findings findings() {
    return findings;
  }

  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The line where the section starts. */
  int line() {
    return line;
  }

  /** The line of a key, or of the section when the key is missing. */
  int line(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? line : YamlTree.line(tuple.getKeyNode());
  }

  /** The keys in the order of the file. */
  Set<String> keys() {
    return entries.keySet();
  }

  /** Whether the key is there with a value other than null. */
  boolean has(String key) {
    return value(key) != null;
  }

  /** Marks keys the standard knows but the reader does not keep, so they raise no warning. */
  void ignore(String... keys) {
    asked.addAll(List.of(keys));
  }

  /** The value's node; null when missing or null ({@code ~}, {@code null}, nothing). */
  @Nullable Node value(String key) {
    asked.add(key);
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      return null;
    }
    Node value = tuple.getValueNode();
    return value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL) ? null : value;
  }

  /** The value as text; null when missing, blank, or not a single value (with a warning). */
  @Nullable String text(String key) {
    Node value = value(key);
    if (value == null) {
      return null;
    }
    return text(value, path(key));
  }

  /** A single value or a list of values as a list of texts; blank values are left out. */
  List<String> texts(String key) {
    Node value = value(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof SequenceNode sequence) {
      List<String> texts = new ArrayList<>();
      int index = 0;
      for (Node item : sequence.getValue()) {
        String text = text(item, path(key) + "[" + index++ + "]");
        if (text != null) {
          texts.add(text);
        }
      }
      return List.copyOf(texts);
    }
    String text = text(value, path(key));
    return text == null ? List.of() : List.of(text);
  }

  /** The sub-section under the key; null when missing or not a mapping (with a warning). */
  @Nullable YamlSection section(String key) {
    Node value = value(key);
    if (value == null) {
      return null;
    }
    if (value instanceof MappingNode mapping) {
      return new YamlSection(mapping, path(key), findings);
    }
    findings.warning(YamlTree.line(value), path(key), "notSection");
    return null;
  }

  /** The list of sub-sections under the key; items that are not mappings are left out. */
  List<YamlSection> sections(String key) {
    Node value = value(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof SequenceNode sequence)) {
      findings.warning(YamlTree.line(value), path(key), "notList");
      return List.of();
    }
    List<YamlSection> sections = new ArrayList<>();
    int index = 0;
    for (Node item : sequence.getValue()) {
      String itemPath = path(key) + "[" + index++ + "]";
      if (item instanceof MappingNode mapping) {
        sections.add(new YamlSection(mapping, itemPath, findings));
      } else {
        findings.warning(YamlTree.line(item), itemPath, "notSection");
      }
    }
    return sections;
  }

  /** Warns of every key that was not asked for, and of keys that are not plain text. */
  void warnUnknownKeys() {
    entries.forEach(
        (key, tuple) -> {
          if (!asked.contains(key)) {
            findings.warning(YamlTree.line(tuple.getKeyNode()), path(key), "unknownKey");
          }
        });
    for (Node key : oddKeys) {
      findings.warning(YamlTree.line(key), path, "unknownKey");
    }
  }

  private @Nullable String text(Node node, String nodePath) {
    if (!(node instanceof ScalarNode scalar)) {
      findings.warning(YamlTree.line(node), nodePath, "notText");
      return null;
    }
    if (scalar.getTag().equals(Tag.NULL)) {
      return null;
    }
    String text = findings.charge(scalar.getValue()).strip();
    return text.isEmpty() ? null : text;
  }
}
