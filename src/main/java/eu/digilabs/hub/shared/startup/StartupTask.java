package eu.digilabs.hub.shared.startup;

/**
 * Work done once at start (the first admin, the method toolkit, demo content, configured and
 * reference-data imports). {@link StartupTasks} runs the tasks in {@link #getPhase()} order: those
 * that must hold before anybody is served ({@link #beforeServing()}) before the web server accepts
 * requests, the others in the background while it serves.
 */
public abstract class StartupTask {

  /** Phases of the start-up tasks: the order in which they run. */
  public static final int ACCOUNTS = 0;

  public static final int DEMO = 10;
  public static final int IMPORTS = 20;

  public abstract int getPhase();

  /**
   * Whether the platform may serve only once this task is done: the first admin exists before
   * anybody can sign in, and a configured import that names a missing file stops the start.
   */
  protected boolean beforeServing() {
    return false;
  }

  protected abstract void run();
}
