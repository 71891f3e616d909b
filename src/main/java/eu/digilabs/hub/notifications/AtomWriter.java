package eu.digilabs.hub.notifications;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes Atom (RFC 4287) documents with the JDK's streaming XML writer, which escapes text and
 * attributes: no feed library, and no way for an item's title to break the markup.
 */
public final class AtomWriter {

  static final String ATOM = "http://www.w3.org/2005/Atom";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  /** Characters XML 1.0 cannot hold, even escaped. */
  private static final Pattern NOT_XML =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  /**
   * A feed: {@code id} and the links are absolute; {@code author} names the site (entries name no
   * person, so that nothing personal is in a feed).
   */
  public record Feed(
      String id,
      String title,
      String selfUrl,
      String pageUrl,
      String author,
      String language,
      Instant updated,
      List<Entry> entries) {}

  /** One entry: what happened ({@code summary}) to which item ({@code title}, {@code url}). */
  public record Entry(
      String id,
      String title,
      String url,
      Instant updated,
      String category,
      String categoryLabel,
      String summary) {}

  private AtomWriter() {}

  public static String write(Feed feed) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      xml.writeAttribute("xml:lang", feed.language());
      text(xml, "id", feed.id());
      text(xml, "title", feed.title());
      text(xml, "updated", date(feed.updated()));
      link(xml, "self", "application/atom+xml", feed.selfUrl());
      link(xml, "alternate", "text/html", feed.pageUrl());
      xml.writeStartElement("author");
      text(xml, "name", feed.author());
      xml.writeEndElement();
      for (Entry entry : feed.entries()) {
        xml.writeStartElement("entry");
        text(xml, "id", entry.id());
        text(xml, "title", entry.title());
        text(xml, "updated", date(entry.updated()));
        link(xml, "alternate", "text/html", entry.url());
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", entry.category());
        xml.writeAttribute("label", entry.categoryLabel());
        text(xml, "summary", entry.summary());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write a feed", e);
    }
    return out.toString();
  }

  /** RFC 3339 in UTC, whole seconds. */
  static String date(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static void text(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(NOT_XML.matcher(value).replaceAll(""));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }
}
