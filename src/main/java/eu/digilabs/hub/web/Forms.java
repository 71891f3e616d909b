package eu.digilabs.hub.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Builds {@link Form}s with error messages in the current request's language. */
@Component
public class Forms {

  private final MessageSource messages;

  Forms(MessageSource messages) {
    this.messages = messages;
  }

  public Form of(Object command, BindingResult result) {
    return Form.of(command, result, messages, Languages.supported(LocaleContextHolder.getLocale()));
  }

  public String message(String key, Object... args) {
    return messages.getMessage(key, args, key, Languages.supported(LocaleContextHolder.getLocale()));
  }
}
