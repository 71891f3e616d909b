package eu.digilabs.hub;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The platform on a real Tomcat (a random port) with small rate limits, one trusted proxy
 * (127.0.0.2) and one thread for streamed answers: for the tests of abuse and resource limits,
 * which share this context. Each test counts against its own addresses and accounts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(
    properties = {
      "hub.rate-limits.login.capacity=3",
      "hub.rate-limits.login.period=1h",
      "hub.rate-limits.login-name.capacity=2",
      "hub.rate-limits.login-name.period=1h",
      "hub.rate-limits.signup.capacity=2",
      "hub.rate-limits.signup.period=1h",
      "hub.rate-limits.password.capacity=2",
      "hub.rate-limits.password.period=1h",
      "hub.rate-limits.search.capacity=3",
      "hub.rate-limits.search.period=1h",
      "hub.rate-limits.search-api.capacity=3",
      "hub.rate-limits.search-api.period=1h",
      "hub.rate-limits.suggestions.capacity=3",
      "hub.rate-limits.suggestions.period=1h",
      "hub.rate-limits.failure-reports.capacity=2",
      "hub.rate-limits.failure-reports.period=1h",
      "hub.rate-limits.organiser-messages.capacity=2",
      "hub.rate-limits.organiser-messages.period=1h",
      "hub.proxies.trusted=127.0.0.2",
      "hub.assistant.streams.threads=1",
      "hub.assistant.streams.queue=1"
    })
public @interface LimitsTest {}
