package eu.digilabs.hub.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The hub speaks German and English. {@code ?lang=de|en} works on every page and is remembered in a
 * cookie; otherwise the browser's preferred language decides, German first for a German browser.
 */
@Configuration
public class Languages implements WebMvcConfigurer {

  public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

  public static Locale supported(Locale locale) {
    if (locale != null && "de".equals(locale.getLanguage())) {
      return Locale.GERMAN;
    }
    return Locale.ENGLISH;
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
  }
}
