package eu.digilabs.hub.reuse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SPDX licence list, read once from the jar. */
@Configuration(proxyBeanMethods = false)
class ReuseConfiguration {

  @Bean
  Licences licences() {
    return Licences.load();
  }
}
