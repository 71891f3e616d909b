package eu.digilabs.hub.accounts;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Stores a token's scope as {@code read} or {@code write}. */
@Converter
class TokenScopeColumn implements AttributeConverter<TokenScope, String> {

  @Override
  public @Nullable String convertToDatabaseColumn(@Nullable TokenScope scope) {
    return scope == null ? null : scope.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public @Nullable TokenScope convertToEntityAttribute(@Nullable String column) {
    return column == null ? null : TokenScope.valueOf(column.toUpperCase(Locale.ROOT));
  }
}
