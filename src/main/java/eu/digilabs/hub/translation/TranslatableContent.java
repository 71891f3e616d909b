package eu.digilabs.hub.translation;

import eu.digilabs.hub.shared.problems.NotFound;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A kind of content whose items can be translated, described by the module that owns it: the
 * correction page and the pre-translation job find items through it without knowing the modules.
 */
public interface TranslatableContent {

  /** The kind, as in item keys: {@code project}, {@code solution}, {@code article}, ... */
  String kind();

  /** The item as the current reader sees it; empty when there is none they may see. */
  Optional<TranslatableItem> item(long id);

  /**
   * The item as a reader of {@code language} sees it. Pre-translation and the correction page look
   * at an item through the eyes of the translation's readers: an item with texts in several
   * languages (a method card) shows each reader the text it translates for them.
   */
  default Optional<TranslatableItem> itemFor(long id, String language) {
    LocaleContext before = LocaleContextHolder.getLocaleContext();
    LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
    try {
      return item(id);
    } finally {
      LocaleContextHolder.setLocaleContext(before);
    }
  }

  /** Every item published for everyone, for pre-translation. */
  List<Long> published();

  /** The item the lookup describes, or empty when the owning module says there is none to see. */
  static Optional<TranslatableItem> found(Supplier<TranslatableItem> lookup) {
    try {
      return Optional.of(lookup.get());
    } catch (NotFound gone) {
      return Optional.empty();
    }
  }
}
