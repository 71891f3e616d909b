package eu.digilabs.hub.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page needs to render: the language, messages, the signed-in person, the CSRF token and
 * the current address (for the language switch). Built once per request by {@link UiAdvice}.
 */
public final class Ui {

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  private final Locale locale;
  private final MessageSource messages;
  private final String path;
  private final String query;
  private final String csrfParameter;
  private final String csrfToken;
  private final Viewer viewer;
  private final Site site;
  private final LongSupplier unreadNotices;
  private long unread = -1;

  public Ui(
      Locale locale,
      MessageSource messages,
      String path,
      String query,
      String csrfParameter,
      String csrfToken,
      Viewer viewer,
      Site site,
      LongSupplier unreadNotices) {
    this.site = site;
    this.unreadNotices = unreadNotices;
    this.locale = locale;
    this.messages = messages;
    this.path = path;
    this.query = query;
    this.csrfParameter = csrfParameter;
    this.csrfToken = csrfToken;
    this.viewer = viewer;
  }

  /** The message for a key in the page's language; the key itself if none is defined. */
  public String t(String key, Object... args) {
    String text = messages.getMessage(key, args, key, locale);
    return text == null ? key : text;
  }

  /** A term label: the message for the key, or the fallback when the bundle has none. */
  public String tOr(String key, String fallback) {
    String text = messages.getMessage(key, null, fallback, locale);
    return text == null ? fallback : text;
  }

  /**
   * The signed-in person's unread notices, for the header: read once per page, and only by pages
   * that show the header (never by API answers).
   */
  public long unread() {
    if (unread < 0) {
      unread = viewer.signedIn() ? unreadNotices.getAsLong() : 0;
    }
    return unread;
  }

  /** The installation's name and logo. */
  public Site site() {
    return site;
  }

  public Locale locale() {
    return locale;
  }

  public String lang() {
    return locale.getLanguage();
  }

  /** A language of the switch: its code and its name in itself ("Français"). */
  public record Language(String code, String name, boolean current) {}

  /** The interface languages, each named in itself, the current one marked. */
  public List<Language> languages() {
    return Languages.SUPPORTED.stream()
        .map(
            language -> {
              String name = language.getDisplayLanguage(language);
              return new Language(
                  language.getLanguage(),
                  name.substring(0, 1).toUpperCase(language) + name.substring(1),
                  language.getLanguage().equals(lang()));
            })
        .toList();
  }

  public String path() {
    return path;
  }

  /** The current address with one query parameter set, or removed when {@code value} is empty. */
  public String withParam(String name, String value) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath(path).query(query);
    return (value.isEmpty() ? url.replaceQueryParam(name) : url.replaceQueryParam(name, value))
        .build()
        .toUriString();
  }

  /** The name of a language in the reader's language: "Spanisch", "Spanish", "espagnol". */
  public String languageName(String code) {
    return Locale.forLanguageTag(code).getDisplayLanguage(locale);
  }

  /** The current address with the language parameter set to {@code language}. */
  public String langUrl(String language) {
    return UriComponentsBuilder.fromPath(path)
        .query(query)
        .replaceQueryParam("lang", language)
        .build()
        .toUriString();
  }

  public boolean current(String prefix) {
    return "/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix);
  }

  public String csrfParameter() {
    return csrfParameter;
  }

  public String csrfToken() {
    return csrfToken;
  }

  public Viewer viewer() {
    return viewer;
  }

  public boolean signedIn() {
    return viewer.signedIn();
  }

  public boolean admin() {
    return viewer.admin();
  }

  public String date(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
  }

  public String dateTime(Instant instant) {
    return dateTime(instant, ZONE);
  }

  /** Date and time of the instant in the given zone (an event's, say). */
  public String dateTime(Instant instant, ZoneId zone) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone)
            .format(instant);
  }

  public String number(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  public String number(double value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }
}
