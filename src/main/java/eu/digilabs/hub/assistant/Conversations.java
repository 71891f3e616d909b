package eu.digilabs.hub.assistant;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Conversations so far, for follow-up questions and the conversation view: held in memory only, for
 * {@value #MINUTES} minutes after the last question, never written anywhere. At most {@value #MAX}
 * conversations are kept; the oldest go first.
 */
@Component
class Conversations {

  static final int MINUTES = 30;
  static final int MAX = 10_000;

  /** Turns kept per conversation (older ones drop off the page). */
  static final int TURNS = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A question and its answer. */
  record Turn(String question, Question read, Answer answer) {}

  private record Conversation(List<Turn> turns, long lastUsed) {}

  private final Map<String, Conversation> conversations =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
          return size() > MAX;
        }
      };

  static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The conversation's turns, oldest first; empty for unknown or expired ones. */
  synchronized List<Turn> turns(@Nullable String id) {
    Conversation c = id == null ? null : conversations.get(id);
    if (c == null || expired(c)) {
      if (c != null) {
        conversations.remove(id);
      }
      return List.of();
    }
    return List.copyOf(c.turns());
  }

  synchronized void add(String id, Turn turn) {
    Conversation c = conversations.get(id);
    List<Turn> turns = new ArrayList<>(c == null || expired(c) ? List.of() : c.turns());
    turns.add(turn);
    if (turns.size() > TURNS) {
      turns.remove(0);
    }
    conversations.put(id, new Conversation(turns, System.currentTimeMillis()));
  }

  private static boolean expired(Conversation c) {
    return System.currentTimeMillis() - c.lastUsed() > Duration.ofMinutes(MINUTES).toMillis();
  }
}
