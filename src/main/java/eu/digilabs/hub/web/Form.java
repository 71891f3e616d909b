package eu.digilabs.hub.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A form as the page shows it: what the user typed (even when it did not convert) and the errors
 * next to each field, in the page's language.
 */
public final class Form {

  private final Map<String, Object> values;
  private final Map<String, List<String>> errors;
  private final List<String> globalErrors;

  private Form(
      Map<String, Object> values, Map<String, List<String>> errors, List<String> globalErrors) {
    this.values = values;
    this.errors = errors;
    this.globalErrors = globalErrors;
  }

  /** A form showing the values of a command record, without errors. */
  public static Form of(Object command) {
    return new Form(valuesOf(command), Map.of(), List.of());
  }

  /** A form showing the command, the rejected input and the errors of a binding. */
  public static Form of(
      Object command, BindingResult result, MessageSource messages, Locale locale) {
    Map<String, Object> values = valuesOf(command);
    Map<String, List<String>> errors = new LinkedHashMap<>();
    List<String> global = new ArrayList<>();
    for (ObjectError error : result.getAllErrors()) {
      String message = messages.getMessage(error, locale);
      if (error instanceof FieldError field) {
        errors.computeIfAbsent(field.getField(), f -> new ArrayList<>()).add(message);
        if (field.isBindingFailure() && field.getRejectedValue() != null) {
          values.put(field.getField(), field.getRejectedValue());
        }
      } else {
        global.add(message);
      }
    }
    return new Form(values, inFormOrder(errors, values.keySet()), global);
  }

  /** Errors ordered as the fields stand in the form, so the summary reads top to bottom. */
  private static Map<String, List<String>> inFormOrder(
      Map<String, List<String>> errors, Set<String> fields) {
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    fields.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
    errors.forEach(ordered::putIfAbsent);
    return ordered;
  }

  private static Map<String, Object> valuesOf(Object command) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (command == null || !command.getClass().isRecord()) {
      return values;
    }
    for (RecordComponent component : command.getClass().getRecordComponents()) {
      try {
        Method accessor = component.getAccessor();
        accessor.setAccessible(true);
        values.put(component.getName(), accessor.invoke(command));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return values;
  }

  /** The field's value as text, empty when unset. */
  public String value(String field) {
    Object value = values.get(field);
    if (value == null) {
      return "";
    }
    if (value instanceof String[] array) {
      return array.length == 0 ? "" : array[0];
    }
    return value.toString();
  }

  /** The field's values, for multi-selects and checkbox groups. */
  public List<String> values(String field) {
    Object value = values.get(field);
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().filter(Objects::nonNull).map(Object::toString).toList();
    }
    if (value instanceof String[] array) {
      return List.of(array);
    }
    return List.of(value.toString());
  }

  public boolean selected(String field, Object option) {
    return option != null && values(field).contains(option.toString());
  }

  public boolean checked(String field) {
    return "true".equals(value(field));
  }

  public boolean hasError(String field) {
    return errors.containsKey(field);
  }

  public String error(String field) {
    return String.join(" ", errors.getOrDefault(field, List.of()));
  }

  public boolean hasErrors() {
    return !errors.isEmpty() || !globalErrors.isEmpty();
  }

  public List<String> globalErrors() {
    return globalErrors;
  }

  /** Field names with errors, in form order, for the error summary at the top of the form. */
  public Map<String, List<String>> fieldErrors() {
    return errors;
  }
}
