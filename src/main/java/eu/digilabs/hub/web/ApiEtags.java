package eu.digilabs.hub.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on the API's answers: a client that sends the ETag it holds in {@code If-None-Match} gets
 * 304 without the body when nothing changed, so polling a list costs a query but no transfer. The
 * tag is the body's hash, so it changes with anything a reader would see (an item removed or
 * unpublished too, which a list's newest change date would miss: that is why the lists carry no
 * {@code Last-Modified}).
 */
@Configuration
class ApiEtags {

  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
    FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
        new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
    registration.addUrlPatterns("/api/*");
    registration.setName("apiEtags");
    return registration;
  }
}
