package eu.digilabs.hub.site;

import eu.digilabs.hub.shared.retention.PrivacyPeriods;
import eu.digilabs.hub.shared.retention.RetentionProperties;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the privacy page states about cookies and retention, read from the configuration so that the
 * page stays true when an operator changes a period.
 */
@ControllerAdvice(assignableTypes = StaticPages.class)
class PrivacyFacts {

  private final PrivacyPeriods periods;

  PrivacyFacts(
      RetentionProperties retention,
      @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout,
      @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
    this.periods = new PrivacyPeriods(retention, sessionTimeout.toMinutes(), sessionCookie);
  }

  @ModelAttribute("periods")
  PrivacyPeriods periods() {
    return periods;
  }
}
