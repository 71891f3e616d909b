package eu.digilabs.hub.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The hub speaks the languages it has message bundles for (German, English, French). {@code
 * ?lang=fr} works on every page and is remembered in a cookie; otherwise the browser's preferred
 * languages decide, in the browser's order, and English serves everyone else.
 */
@Configuration
public class Languages implements WebMvcConfigurer {

  /**
   * The interface languages: one per message bundle ({@code messages_fr.properties}) on the class
   * path, German and English first, so that a further language is only a further bundle.
   */
  public static final List<Locale> SUPPORTED = bundled();

  /**
   * The interface language for a wanted one: the same language if the hub speaks it, else English.
   */
  public static Locale supported(@Nullable Locale locale) {
    if (locale != null) {
      for (Locale language : SUPPORTED) {
        if (language.getLanguage().equals(locale.getLanguage())) {
          return language;
        }
      }
    }
    return Locale.ENGLISH;
  }

  /** The codes of the interface languages: {@code de}, {@code en}, {@code fr}. */
  public static List<String> codes() {
    return SUPPORTED.stream().map(Locale::getLanguage).toList();
  }

  static List<Locale> bundled() {
    List<String> codes = new ArrayList<>();
    try {
      for (Resource bundle :
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:messages_*.properties")) {
        String name = bundle.getFilename();
        if (name != null && name.matches("messages_[a-z]{2}\\.properties")) {
          codes.add(name.substring("messages_".length(), "messages_".length() + 2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the message bundles", e);
    }
    return codes.stream()
        .distinct()
        .sorted(
            Comparator.comparing((String code) -> !"de".equals(code))
                .thenComparing(code -> !"en".equals(code))
                .thenComparing(Comparator.naturalOrder()))
        .map(Locale::forLanguageTag)
        .toList();
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver =
        new CookieLocaleResolver("hub-lang") {
          @Override
          public void setLocale(
              HttpServletRequest request,
              @Nullable HttpServletResponse response,
              @Nullable Locale locale) {
            super.setLocale(request, response, locale == null ? null : supported(locale));
          }
        };
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    resolver.setDefaultLocaleFunction(
        request -> {
          for (Locale wanted : Collections.list(request.getLocales())) {
            if (SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(wanted.getLanguage()))) {
              return supported(wanted);
            }
          }
          return Locale.ENGLISH;
        });
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
    registry.addInterceptor(
        new org.springframework.web.servlet.HandlerInterceptor() {
          @Override
          public boolean preHandle(
              jakarta.servlet.http.HttpServletRequest request,
              jakarta.servlet.http.HttpServletResponse response,
              Object handler) {
            // A machine translation is for the reader, never for search engines as if it were
            // the original: every content page's ?translate= view stays out of their indexes.
            if (request.getParameter("translate") != null) {
              response.setHeader("X-Robots-Tag", "noindex");
            }
            return true;
          }
        });
  }
}
