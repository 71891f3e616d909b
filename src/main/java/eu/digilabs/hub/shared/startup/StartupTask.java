package eu.digilabs.hub.shared.startup;

import org.springframework.context.SmartLifecycle;

/**
 * Work that must be done once before the platform serves (the first admin, demo content, configured
 * imports). Runs in {@link #getPhase()} order, all before the web server starts accepting requests.
 */
public abstract class StartupTask implements SmartLifecycle {

  /** Phases of the start-up tasks, all well below the web server's. */
  public static final int ACCOUNTS = 0;

  public static final int DEMO = 10;
  public static final int IMPORTS = 20;

  private volatile boolean running;

  protected abstract void run();

  @Override
  public void start() {
    run();
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
