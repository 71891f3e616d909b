package eu.digilabs.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page's description and schema.org data, as search engines and link previews read them. */
class PageMetaTests {

  @Test
  void descriptionsArePlainTextWithoutMarkupOrLinkTargets() {
    PageMeta meta =
        new PageMeta(
            "## Welcome\n**bold** <script>alert(1)</script> [our site](javascript:alert(2))"
                + " <img src=x onerror=alert(3)>",
            "website",
            null,
            null);
    assertThat(meta.description()).isEqualTo("Welcome bold alert(1) our site");
  }

  @Test
  void longDescriptionsAreCutAtAWord() {
    String description = new PageMeta("Wort ".repeat(100), "website", null, null).description();
    assertThat(description).hasSizeLessThanOrEqualTo(PageMeta.DESCRIPTION_LENGTH).endsWith("Wort…");
    assertThat(new PageMeta("  ", "website", null, null).description()).isNull();
  }

  @Test
  void jsonLdCannotEndItsScriptElement() {
    String script =
        JsonLd.of("Article").put("headline", "</script><script>alert(1)</script> & more").script();
    assertThat(script).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e");
    assertThat(JsonLd.of("Thing").put("name", "").put("keywords", java.util.List.of()).values())
        .containsOnlyKeys("@context", "@type");
  }
}
