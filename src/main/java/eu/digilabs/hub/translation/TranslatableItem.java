package eu.digilabs.hub.translation;

import eu.digilabs.hub.shared.items.ItemKeys;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An item as translation sees it.
 *
 * @param kind the kind of content ({@link TranslatableContent#kind()})
 * @param version the item's version: a translation holds for one version
 * @param language the language it is written in, null when unknown (then nothing is offered)
 * @param published whether everyone may read it: only then is it sent to a provider
 * @param mayEdit whether the current person may edit it, and so correct its translation
 * @param title its title, for the correction page
 * @param path its page
 * @param fields what a translation covers, made only when needed
 */
public record TranslatableItem(
    String kind,
    long id,
    long version,
    @Nullable String language,
    boolean published,
    boolean mayEdit,
    String title,
    String path,
    Supplier<TranslatableFields> fields) {

  public String key() {
    return ItemKeys.of(kind, id);
  }
}
