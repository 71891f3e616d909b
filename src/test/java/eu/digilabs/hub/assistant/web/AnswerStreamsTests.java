package eu.digilabs.hub.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.LimitsTest;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Streamed answers run on the assistant's own bounded threads (one thread and one waiting answer in
 * this context): when they are taken, a new stream is refused with 503 and Retry-After, while the
 * application's executor, which sends mails and updates passages, is not held up.
 */
@LimitsTest
class AnswerStreamsTests {

  @Autowired AnswerStreams streams;
  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("applicationTaskExecutor")
  TaskExecutor applicationTasks;

  static MockHttpServletRequestBuilder stream() {
    return post("/assistant/stream")
        .param("question", "What is BAföG Digital?")
        .with(csrf())
        .with(
            r -> {
              r.setRemoteAddr("10.78.0.1");
              return r;
            });
  }

  @Test
  void busyStreamsAreRefusedAndDoNotHoldUpMailsOrPassages() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try {
      assertThat(streams.start(() -> waitFor(release))).isTrue();
      assertThat(streams.start(() -> waitFor(release))).isTrue();

      mvc.perform(stream())
          .andExpect(status().isServiceUnavailable())
          .andExpect(header().string("Retry-After", "10"))
          .andExpect(jsonPath("$.field").value("question"))
          .andExpect(jsonPath("$.message").value(Matchers.containsString("10")));

      // Start-up work (passages, the index) may still be queued there: it gets a minute.
      CountDownLatch ran = new CountDownLatch(1);
      applicationTasks.execute(ran::countDown);
      assertThat(ran.await(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
    }
    // Once the held answers are done (without taking a place to find out), streams start again.
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(streams::idle);
    mvc.perform(stream()).andExpect(request().asyncStarted());
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await(120, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
