package eu.digilabs.hub.assistant.web;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The assistant's own threads for streamed answers, apart from the application's task executor that
 * sends mails and keeps passages up to date: long answers never delay those. Bounded: when all
 * threads are busy and the queue is full, a new stream is refused instead of waiting.
 */
@Component
class AnswerStreams implements DisposableBean {

  /**
   * Settings under {@code hub.assistant.streams}.
   *
   * @param threads answers streamed at once
   * @param queue answers waiting for a thread; more are refused (503)
   */
  @ConfigurationProperties("hub.assistant.streams")
  record Settings(@DefaultValue("4") int threads, @DefaultValue("16") int queue) {}

  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

  AnswerStreams(Settings settings) {
    executor.setCorePoolSize(settings.threads());
    executor.setMaxPoolSize(settings.threads());
    executor.setQueueCapacity(settings.queue());
    executor.setThreadNamePrefix("assistant-stream-");
    executor.initialize();
  }

  /** Starts the answer on one of the assistant's threads; false when they are all taken. */
  boolean start(Runnable answer) {
    try {
      executor.execute(answer);
      return true;
    } catch (TaskRejectedException full) {
      return false;
    }
  }

  /** Whether no answer is streaming or waiting. */
  boolean idle() {
    return executor.getActiveCount() == 0 && executor.getQueueSize() == 0;
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }
}
