package eu.digilabs.hub.web;

/**
 * A feed a page offers to feed readers and calendars, written into the page's head as {@code <link
 * rel="alternate">} (autodiscovery) by the layout.
 *
 * @param type the feed's media type
 * @param title what a reader shows for it, in the page's language
 * @param href the feed's address (a path on the hub)
 */
public record FeedLink(String type, String title, String href) {

  public static FeedLink atom(String title, String href) {
    return new FeedLink("application/atom+xml", title, href);
  }

  public static FeedLink calendar(String title, String href) {
    return new FeedLink("text/calendar", title, href);
  }
}
