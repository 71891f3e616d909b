package eu.digilabs.hub.reuse;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns the text of a YAML file into SnakeYAML's node tree, where every node knows its line, within
 * limits that keep hostile files (alias bombs, deep nesting, huge files, masses of tiny values)
 * cheap, and reports keys that a mapping has twice. Problems become {@link Findings}, never
 * exceptions. Nothing is ever constructed from the tree but text, so no YAML tag can make Java
 * objects (stricter than SnakeYAML's SafeConstructor).
 */
final class YamlTree {

  static final int MAX_ALIASES = 50;
  static final int MAX_NESTING = 50;

  /**
   * Most YAML events (values, starts and ends of lists and mappings) read from one file: ten times
   * what the largest real publiccode.yml known has (about 1,800), and few enough that a hostile
   * megabyte of tiny values is turned away in a fraction of a second.
   */
  static final int MAX_EVENTS = 20_000;

  private YamlTree() {}

  /** The root node, or null with an error in {@code findings}. */
  static @Nullable Node compose(String text, Findings findings) {
    if (text.codePointCount(0, text.length()) > PubliccodeReader.MAX_CODE_POINTS) {
      findings.error(0, "", "tooLarge", String.valueOf(PubliccodeReader.MAX_CODE_POINTS));
      return null;
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(PubliccodeReader.MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(false);
    options.setProcessComments(false);
    try {
      Parser parser =
          new CountingParser(new ParserImpl(new StreamReader(new StringReader(text)), options));
      Node root = new Composer(parser, new TextResolver(), options).getSingleNode();
      if (root == null) {
        findings.error(0, "", "empty");
      }
      return root;
    } catch (TooManyEvents e) {
      findings.error(e.line, "", "tooManyValues", String.valueOf(MAX_EVENTS));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      findings.error(line(mark), "", "unparsable", problem == null ? "" : problem.strip());
    } catch (YAMLException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("aliases")) {
        findings.error(0, "", "tooManyAliases", String.valueOf(MAX_ALIASES));
      } else if (message.contains("Nesting Depth")) {
        findings.error(0, "", "tooDeep", String.valueOf(MAX_NESTING));
      } else if (message.contains("code points")) {
        findings.error(0, "", "tooLarge", String.valueOf(PubliccodeReader.MAX_CODE_POINTS));
      } else {
        findings.error(0, "", "unparsable", message.strip());
      }
    }
    return null;
  }

  /** The 1-based line of a mark. */
  static int line(@Nullable Mark mark) {
    return mark == null ? 0 : mark.getLine() + 1;
  }

  /** The 1-based line where a node starts. */
  static int line(Node node) {
    return line(node.getStartMark());
  }

  /**
   * Reports every key that a mapping anywhere in the tree has more than once. Each node is visited
   * once, so aliases and self-references cost nothing extra; paths are built only for duplicates.
   */
  static void reportDuplicateKeys(Node root, Findings findings) {
    Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Visit> pending = new ArrayDeque<>();
    pending.push(new Visit(root, null, ""));
    while (!pending.isEmpty()) {
      Visit visit = pending.pop();
      if (!visited.add(visit.node())) {
        continue;
      }
      if (visit.node() instanceof MappingNode mapping) {
        Set<String> keys = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
          if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
            continue;
          }
          Visit child = new Visit(tuple.getValueNode(), visit, key.getValue());
          if (!keys.add(key.getValue())) {
            findings.error(line(key), child.path(), "duplicateKey");
          }
          pending.push(child);
        }
      } else if (visit.node() instanceof SequenceNode sequence) {
        int index = 0;
        for (Node item : sequence.getValue()) {
          pending.push(new Visit(item, visit, index++));
        }
      }
    }
  }

  /** A SnakeYAML parser that stops after {@link #MAX_EVENTS} events. */
  private static final class CountingParser implements Parser {

    private final Parser parser;
    private int events;

    CountingParser(Parser parser) {
      this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
      Event event = parser.getEvent();
      if (++events > MAX_EVENTS) {
        throw new TooManyEvents(line(event.getStartMark()));
      }
      return event;
    }
  }

  /** Thrown by {@link CountingParser}; an answer, so without a stack trace. */
  private static final class TooManyEvents extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;

    TooManyEvents(int line) {
      super("too many YAML events", null, false, false);
      this.line = line;
    }
  }

  /** A node on the way through the tree; its path is spelled out only when asked. */
  private record Visit(Node node, @Nullable Visit parent, Object step) {

    String path() {
      String parentPath = parent == null ? "" : parent.path();
      if (step instanceof Integer index) {
        return parentPath + "[" + index + "]";
      }
      return parentPath.isEmpty() ? step.toString() : parentPath + "." + step;
    }
  }

  /**
   * Resolves plain scalars to text, or to null for {@code ~}, {@code null} and nothing: the reader
   * takes every value as written, so YAML's guesses at numbers, booleans and dates would only cost
   * time (they are the larger part of composing a big file).
   */
  private static final class TextResolver extends Resolver {

    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }
}
