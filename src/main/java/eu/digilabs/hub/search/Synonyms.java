package eu.digilabs.hub.search;

import eu.digilabs.hub.shared.AfterCommit;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synonym groups maintained by admins as data, applied to queries without a restart: "KI" is
 * searched as "KI or AI or künstliche Intelligenz or artificial intelligence".
 */
@Service
public class Synonyms {

  /** A group as pages show it. */
  public record Group(long id, String terms, long version) {}

  private final SynonymGroups groups;
  private final AtomicReference<@Nullable List<List<String>>> cache = new AtomicReference<>();

  Synonyms(SynonymGroups groups) {
    this.groups = groups;
  }

  @Transactional(readOnly = true)
  public List<Group> all() {
    return groups.findAllByOrderById().stream()
        .map(g -> new Group(Objects.requireNonNull(g.id()), g.terms(), g.version()))
        .toList();
  }

  @Transactional
  @PreAuthorize("hasRole('ADMIN')")
  public void add(String terms) {
    groups.save(new SynonymGroup(check(terms)));
    reloadAfterCommit();
  }

  @Transactional
  @PreAuthorize("hasRole('ADMIN')")
  public void update(long id, long version, String terms) {
    SynonymGroup group = groups.findById(id).orElseThrow(() -> new NotFound("Synonym group " + id));
    if (group.version() != version) {
      throw new Conflict("The synonym group was changed by someone else.");
    }
    group.terms(check(terms));
    reloadAfterCommit();
  }

  @Transactional
  @PreAuthorize("hasRole('ADMIN')")
  public void delete(long id) {
    groups.findById(id).ifPresent(groups::delete);
    reloadAfterCommit();
  }

  /**
   * The query with every synonym replaced by its group in simple query syntax. Queries that use the
   * syntax themselves (quotes, operators) are left as they are.
   */
  public String expand(String query) {
    if (query.isBlank() || query.matches(".*[\"()|+*~\\\\-].*")) {
      return query;
    }
    List<String> tokens = List.of(query.strip().split("\\s+"));
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      @Nullable List<String> group = null;
      for (List<String> candidate : groups()) {
        for (String term : candidate) {
          String[] words = term.split("\\s+");
          if (words.length > matched
              && i + words.length <= tokens.size()
              && same(words, tokens.subList(i, i + words.length))) {
            matched = words.length;
            group = candidate;
          }
        }
      }
      if (group == null) {
        out.add(tokens.get(i));
        i++;
      } else {
        out.add(
            "("
                + String.join(
                    " | ", group.stream().map(t -> t.contains(" ") ? "\"" + t + "\"" : t).toList())
                + ")");
        i += matched;
      }
    }
    return String.join(" ", out);
  }

  private static boolean same(String[] words, List<String> tokens) {
    for (int k = 0; k < words.length; k++) {
      if (!Spelling.fold(words[k]).equals(Spelling.fold(tokens.get(k)))) {
        return false;
      }
    }
    return true;
  }

  private static String check(@Nullable String terms) {
    String cleaned = terms == null ? "" : terms.strip();
    long count = Arrays.stream(cleaned.split(",")).filter(t -> !t.isBlank()).count();
    if (count < 2 || cleaned.length() > 1000 || cleaned.matches(".*[\"()|+*~\\\\].*")) {
      throw new InvalidInput("terms", "synonyms.invalid");
    }
    return cleaned;
  }

  private List<List<String>> groups() {
    List<List<String>> current = cache.get();
    if (current == null) {
      current =
          groups.findAll().stream()
              .map(SynonymGroup::termList)
              .filter(list -> list.size() > 1)
              .sorted(Comparator.comparing(list -> -list.size()))
              .toList();
      cache.set(current);
    }
    return current;
  }

  private void reloadAfterCommit() {
    AfterCommit.run(() -> cache.set(null));
  }
}
