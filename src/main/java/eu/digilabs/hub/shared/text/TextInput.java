package eu.digilabs.hub.shared.text;

import java.beans.PropertyEditorSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text people send, in forms, parameters or JSON, loses its control characters before anything else
 * sees it: NUL and its kin are never meant and PostgreSQL refuses them. Tabs and line breaks stay.
 */
@Configuration
class TextInput {

  static @Nullable String clean(@Nullable String text) {
    return ControlCharacters.strip(text);
  }

  @Bean
  JacksonModule textInputModule() {
    SimpleModule module = new SimpleModule("hub-text-input");
    module.addDeserializer(
        String.class,
        new StringDeserializer() {
          @Override
          public @Nullable String deserialize(JsonParser parser, DeserializationContext context) {
            return clean(super.deserialize(parser, context));
          }
        });
    return module;
  }

  @ControllerAdvice
  static class Binding {

    @InitBinder
    void strings(WebDataBinder binder) {
      binder.registerCustomEditor(
          String.class,
          new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
              setValue(clean(text));
            }
          });
    }
  }
}
