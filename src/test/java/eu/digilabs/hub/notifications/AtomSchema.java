package eu.digilabs.hub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Checks a document against Atom (RFC 4287): the XML Schema in {@code atom/atom.xsd} (written from
 * the RFC's normative text) for elements, attributes and value types, and here what XML Schema 1.0
 * cannot say: exactly one id, title and updated per feed and entry (4.1.1, 4.1.2), an author for
 * every entry (4.1.1), an alternate link for an entry without content (4.1.2), absolute IRIs as ids
 * (4.2.6, 3.1 of RFC 3987); and the hub's own rule of a self link on every feed.
 */
public final class AtomSchema {

  private static final Schema SCHEMA = schema();

  private AtomSchema() {}

  /** The parsed document, after it passed every check. */
  public static Document check(String xml) {
    try {
      SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document =
          factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      Element feed = document.getDocumentElement();
      assertThat(feed.getLocalName()).isEqualTo("feed");
      exactlyOne(feed, "id", "title", "updated");
      absolute(text(feed, "id"));
      assertThat(links(feed, "self")).as("a self link").hasSize(1);
      boolean feedAuthor = !children(feed, "author").isEmpty();
      for (Element entry : children(feed, "entry")) {
        exactlyOne(entry, "id", "title", "updated");
        absolute(text(entry, "id"));
        if (!feedAuthor) {
          assertThat(children(entry, "author")).as("an author").isNotEmpty();
        }
        if (children(entry, "content").isEmpty()) {
          assertThat(links(entry, "alternate")).as("an alternate link").isNotEmpty();
        }
      }
      return document;
    } catch (Exception e) {
      throw new AssertionError("not a valid Atom feed: " + e.getMessage() + "\n" + xml, e);
    }
  }

  /** The child elements of the element in the Atom namespace with the name. */
  public static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && AtomWriter.ATOM.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  public static String text(Element parent, String name) {
    return children(parent, name).get(0).getTextContent();
  }

  /** The hrefs of the element's links with the relation ({@code alternate} when none is given). */
  public static List<String> links(Element parent, String rel) {
    return children(parent, "link").stream()
        .filter(
            link -> rel.equals(link.hasAttribute("rel") ? link.getAttribute("rel") : "alternate"))
        .map(link -> link.getAttribute("href"))
        .toList();
  }

  private static void exactlyOne(Element parent, String... names) {
    for (String name : names) {
      assertThat(children(parent, name)).as("exactly one atom:" + name).hasSize(1);
    }
  }

  private static void absolute(String iri) {
    assertThat(URI.create(iri).isAbsolute()).as("an absolute IRI: " + iri).isTrue();
  }

  private static Schema schema() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(AtomSchema.class.getResource("/atom/atom.xsd"));
    } catch (Exception e) {
      throw new IllegalStateException("the Atom schema does not load", e);
    }
  }
}
