package eu.digilabs.hub.assistant;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An answer: an introduction (for lists and declines), then sentences or list items, each with the
 * numbers of the passages it comes from, and those passages as citations.
 *
 * @param id random id, for feedback
 * @param conversationId the conversation it belongs to, for follow-up questions
 * @param language the question's language (ISO 639-1); the answer's own words are in German when it
 *     is German, otherwise in English
 * @param mode extractive or generative
 * @param confidence how much of the question the cited passages cover, 0 to 1
 * @param declined whether the hub could not answer it
 * @param intro the sentence before a list or a decline, or null
 * @param list whether the parts are list items
 * @param count how many items a list question found (more than the list may show), or null
 * @param parts sentences or list items, each with its citation numbers
 * @param citations the cited passages, numbered from 1
 * @param searchUrl a search for the question's words
 * @param related items that may help when the question was declined
 * @param notice a note on how the answer came about (e.g. the model's reply failed the checks)
 */
public record Answer(
    String id,
    String conversationId,
    String language,
    Mode mode,
    double confidence,
    boolean declined,
    @Nullable String intro,
    boolean list,
    @Nullable Long count,
    List<Part> parts,
    List<Citation> citations,
    String searchUrl,
    List<Related> related,
    @Nullable String notice) {

  /** Sentences quoted from passages, each with its citations (extractive). */
  static Answer cited(
      String id,
      String conversationId,
      String language,
      double confidence,
      List<Part> parts,
      List<Citation> citations,
      String searchUrl) {
    return new Answer(
        id,
        conversationId,
        language,
        Mode.EXTRACTIVE,
        confidence,
        false,
        null,
        false,
        null,
        parts,
        citations,
        searchUrl,
        List.of(),
        null);
  }

  /** A list of items with an introduction that says how many there are (extractive). */
  static Answer listed(
      String id,
      String conversationId,
      String language,
      String intro,
      long count,
      List<Part> items,
      List<Citation> citations,
      String searchUrl) {
    return new Answer(
        id,
        conversationId,
        language,
        Mode.EXTRACTIVE,
        1.0,
        false,
        intro,
        true,
        count,
        items,
        citations,
        searchUrl,
        List.of(),
        null);
  }

  /** The hub could not answer: a message, a search and items that may help; nothing quoted. */
  static Answer declined(
      String id,
      String conversationId,
      String language,
      double confidence,
      String message,
      String searchUrl,
      List<Related> related) {
    return new Answer(
        id,
        conversationId,
        language,
        Mode.EXTRACTIVE,
        confidence,
        true,
        message,
        false,
        null,
        List.of(),
        List.of(),
        searchUrl,
        related,
        null);
  }

  /** A model's checked reply in place of this extractive answer, with its own citations. */
  Answer generated(List<Part> parts, List<Citation> cited) {
    return new Answer(
        id,
        conversationId,
        language,
        Mode.GENERATIVE,
        confidence,
        false,
        null,
        false,
        null,
        parts,
        cited,
        searchUrl,
        List.of(),
        null);
  }

  /** A confidence rounded to two decimals, as answers show it. */
  static double rounded(double value) {
    return Math.round(value * 100) / 100.0;
  }

  public enum Mode {
    EXTRACTIVE,
    GENERATIVE;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A sentence or list item and the numbers of its citations. */
  public record Part(String text, List<Integer> citations) {

    /** The text with its citation marks: "... [1] [2]". */
    public String marked() {
      return citations.isEmpty()
          ? text
          : text
              + " "
              + citations.stream().map(n -> "[" + n + "]").collect(Collectors.joining(" "));
    }
  }

  /**
   * A cited passage and its item. {@code otherLanguage} says the passage is written in another
   * language than the question (it is quoted as written, marked with its language).
   */
  public record Citation(
      int number,
      String type,
      long id,
      String title,
      String url,
      @Nullable String heading,
      String passage,
      @Nullable String language,
      boolean otherLanguage) {}

  /** An item that may help when the question was declined. */
  public record Related(String type, String title, String url) {}

  /** The whole answer as text with citation marks, as the API gives it. */
  public String text() {
    StringBuilder text = new StringBuilder();
    if (intro != null) {
      text.append(intro);
    }
    for (Part part : parts) {
      text.append(text.isEmpty() ? "" : list ? "\n- " : " ").append(part.marked());
    }
    return text.toString();
  }

  /** This answer with another mode and notice (a generative answer, or its fallback). */
  Answer with(Mode mode, List<Part> parts, @Nullable String notice) {
    return new Answer(
        id,
        conversationId,
        language,
        mode,
        confidence,
        declined,
        intro,
        list,
        count,
        parts,
        citations,
        searchUrl,
        related,
        notice);
  }
}
