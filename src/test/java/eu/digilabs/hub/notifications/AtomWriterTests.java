package eu.digilabs.hub.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@link AtomWriter}: valid Atom whatever the titles hold; {@link AtomSchema} rejects bad feeds.
 */
class AtomWriterTests {

  private static AtomWriter.Feed feed(List<AtomWriter.Entry> entries) {
    return new AtomWriter.Feed(
        "https://hub.example.org/feeds/all.atom",
        "Digilabs Hub: everything new",
        "https://hub.example.org/feeds/all.atom",
        "https://hub.example.org/",
        "Digilabs Hub",
        "en",
        Instant.parse("2030-05-06T08:00:00.123456Z"),
        entries);
  }

  private static AtomWriter.Entry entry(String title) {
    return new AtomWriter.Entry(
        "tag:hub.example.org,2026:activity:7",
        title,
        "https://hub.example.org/projects/3",
        Instant.parse("2030-05-06T08:00:00Z"),
        "project",
        "Project",
        "Project: published");
  }

  @Test
  void aFeedIsValidAtomAndKeepsMarkupInTitlesAsText() {
    String xml = AtomWriter.write(feed(List.of(entry("Bots <b>& \"forms\"</b>\u0001 für alle"))));

    Document document = AtomSchema.check(xml);
    Element entry = AtomSchema.children(document.getDocumentElement(), "entry").get(0);
    assertThat(AtomSchema.text(entry, "title")).isEqualTo("Bots <b>& \"forms\"</b> für alle");
    assertThat(AtomSchema.links(entry, "alternate"))
        .containsExactly("https://hub.example.org/projects/3");
    assertThat(AtomSchema.text(document.getDocumentElement(), "updated"))
        .isEqualTo("2030-05-06T08:00:00Z");
    assertThat(document.getDocumentElement().getAttribute("xml:lang")).isEqualTo("en");
  }

  @Test
  void anEmptyFeedIsValidToo() {
    AtomSchema.check(AtomWriter.write(feed(List.of())));
  }

  @Test
  void theCheckRejectsWhatAtomForbids() {
    String valid = AtomWriter.write(feed(List.of(entry("A project"))));

    assertThatThrownBy(() -> AtomSchema.check(valid.replace("2030-05-06T08:00:00Z", "6 May 2030")))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(
            () ->
                AtomSchema.check(valid.replace("<id>tag:hub.example.org,2026:activity:7</id>", "")))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(
            () ->
                AtomSchema.check(
                    valid.replace("tag:hub.example.org,2026:activity:7", "/relative/activity/7")))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(
            () -> AtomSchema.check(valid.replace("<link rel=\"self\"", "<link rel=\"x\"")))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> AtomSchema.check(valid.replace("<category ", "<category foo=\"1\" ")))
        .isInstanceOf(AssertionError.class);
  }
}
