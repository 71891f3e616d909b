package eu.digilabs.hub.web;

import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Builds {@link Form}s with error messages in the current request's language. */
@Component
public class Forms {

  private final MessageSource messages;
  private final Validator validator;
  private final ConversionService conversions;

  Forms(
      MessageSource messages,
      Validator validator,
      @Qualifier("mvcConversionService") ConversionService conversions) {
    this.messages = messages;
    this.validator = validator;
    this.conversions = conversions;
  }

  public Form of(Object command, BindingResult result) {
    return Form.of(command, result, messages, Languages.supported(LocaleContextHolder.getLocale()));
  }

  /**
   * The form for a command record whose binding may have failed: when a value could not be
   * converted (a year typed as words), the record's other fields were not validated. This builds it
   * again without the unreadable values and checks it, so that the page shows every error at once
   * and keeps everything that was typed.
   */
  public <T> Form of(T command, Class<T> type, BindingResult result) {
    Set<String> failed =
        result.getFieldErrors().stream()
            .filter(FieldError::isBindingFailure)
            .map(FieldError::getField)
            .collect(Collectors.toSet());
    if (!failed.isEmpty()
        && RequestContextHolder.getRequestAttributes()
            instanceof ServletRequestAttributes attributes) {
      ServletRequestDataBinder binder = new ServletRequestDataBinder(null, result.getObjectName());
      binder.setTargetType(ResolvableType.forClass(type));
      binder.setConversionService(conversions);
      binder.construct(without(attributes.getRequest(), failed));
      if (binder.getTarget() != null) {
        binder.setValidator(validator);
        binder.validate();
        Set<String> reported =
            result.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
        for (FieldError error : binder.getBindingResult().getFieldErrors()) {
          if (!reported.contains(error.getField())) {
            result.addError(error);
          }
        }
        return of(binder.getTarget(), result);
      }
    }
    return of(command, result);
  }

  /**
   * Saves a bound form and says which page comes next: where {@code save} leads (a redirect) when
   * the form was valid and the service took it, otherwise the form again ({@code again}) with every
   * error beside its field and everything typed kept. The service's own checks ({@link
   * InvalidInput}) land beside the fields they name; a stale version ({@link Conflict}) becomes an
   * error of the whole form.
   */
  public <T> String submit(
      T command,
      Class<T> type,
      BindingResult result,
      Supplier<String> save,
      Function<Form, String> again) {
    if (!result.hasErrors()) {
      try {
        return save.get();
      } catch (InvalidInput e) {
        e.rejectInto(result);
      } catch (Conflict | ObjectOptimisticLockingFailureException e) {
        result.reject("form.conflict");
      }
    }
    return again.apply(of(command, type, result));
  }

  public String message(String key, Object... args) {
    String text =
        messages.getMessage(key, args, key, Languages.supported(LocaleContextHolder.getLocale()));
    return text == null ? key : text;
  }

  private static HttpServletRequest without(HttpServletRequest request, Set<String> names) {
    Map<String, String[]> kept = new HashMap<>(request.getParameterMap());
    names.forEach(kept::remove);
    return new HttpServletRequestWrapper(request) {
      @Override
      public @Nullable String getParameter(String name) {
        String[] values = kept.get(name);
        return values == null || values.length == 0 ? null : values[0];
      }

      @Override
      public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(kept);
      }

      @Override
      public Enumeration<String> getParameterNames() {
        return Collections.enumeration(kept.keySet());
      }

      @Override
      public String @Nullable [] getParameterValues(String name) {
        return kept.get(name);
      }
    };
  }
}
