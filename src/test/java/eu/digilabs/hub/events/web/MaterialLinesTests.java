package eu.digilabs.hub.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.events.SessionView.MaterialView;
import org.junit.jupiter.api.Test;

/** {@link MaterialLines}: materials as organisers type them, one per line. */
class MaterialLinesTests {

  @Test
  void aLineWithThreePartsIsKindTitleAndAddress() {
    assertThat(MaterialLines.parse(" Slides | The deck | https://example.org/deck.pdf "))
        .containsExactly(new MaterialView("slides", "The deck", "https://example.org/deck.pdf"));
  }

  @Test
  void aBareAddressIsALinkWithoutTitle() {
    assertThat(MaterialLines.parse("  https://example.org/notes  "))
        .containsExactly(new MaterialView("link", null, "https://example.org/notes"));
  }

  @Test
  void blankLinesAreLeftOutAndEveryLineBreakCounts() {
    String text =
        "recording | Video | https://example.org/v\r\n\r\n   \nhttps://example.org/a\rlink|A|https://example.org/b";

    assertThat(MaterialLines.parse(text))
        .containsExactly(
            new MaterialView("recording", "Video", "https://example.org/v"),
            new MaterialView("link", null, "https://example.org/a"),
            new MaterialView("link", "A", "https://example.org/b"));
  }

  @Test
  void aTitleMayNotHoldTheSeparatorButTheAddressMay() {
    assertThat(MaterialLines.parse("link | Title | https://example.org/?a=1|2"))
        .containsExactly(new MaterialView("link", "Title", "https://example.org/?a=1|2"));
  }

  @Test
  void twoPartsAreTakenAsOneAddressForTheServiceToRefuse() {
    assertThat(MaterialLines.parse("slides | https://example.org/x"))
        .containsExactly(new MaterialView("link", null, "slides | https://example.org/x"));
  }

  @Test
  void nothingTypedIsNoMaterial() {
    assertThat(MaterialLines.parse("")).isEmpty();
  }
}
