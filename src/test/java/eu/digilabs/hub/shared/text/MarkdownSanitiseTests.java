package eu.digilabs.hub.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML that came back from a translation service passes the article policy again, unshifted. */
class MarkdownSanitiseTests {

  private final Markdown markdown = new Markdown();

  @Test
  void safeHtmlStaysAsItIsAndAnythingElseGoes() {
    String safe = markdown.html("# Title\n\nSee [the guide](https://example.org) **now**.");
    assertThat(markdown.sanitise(safe)).isEqualTo(safe).contains("<h3>");
    assertThat(
            markdown.sanitise(
                "<p onclick=\"x()\">Hi<script>alert(1)</script>"
                    + "<a href=\"javascript:alert(1)\">x</a><img src=\"data:x\"></p>"))
        .doesNotContain("onclick", "script", "javascript", "data:")
        .contains("Hi");
  }

  @Test
  void headingAnchorsSurviveButNoOtherIds() {
    String anchored = markdown.withAnchors("## Why labs\n\nText.");
    assertThat(markdown.sanitise(anchored)).isEqualTo(anchored).contains("id=\"h-why-labs\"");
    assertThat(markdown.sanitise("<h4 id=\"main\">x</h4><p id=\"h-x\">y</p>"))
        .doesNotContain("id=");
  }
}
