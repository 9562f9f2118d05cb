package org.creditgov.spring;

import static java.util.Objects.requireNonNull;

import org.creditgov.store.jdbc.Dispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the durable outbox's {@link Dispatcher} from the application context's start to its stop
 * (REP-3, 当日同步): its workers start once every bean is ready and before the web server takes
 * requests, and are stopped after the web server has stopped taking them, each after its current
 * round (the deliveries still open stay in the database: the next start, or a dispatcher in
 * another process, sends them). A dispatcher runs once: a context stopped and started again does
 * not start it a second time, and says so.
 */
public final class OutboxDispatcherLifecycle implements SmartLifecycle {

  /** Before the web server's phase at start, after it at stop. */
  public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcherLifecycle.class);

  private final Dispatcher dispatcher;
  private boolean started;
  private boolean running;

  /** The lifecycle of {@code dispatcher}, not started yet. */
  public OutboxDispatcherLifecycle(Dispatcher dispatcher) {
    this.dispatcher = requireNonNull(dispatcher, "dispatcher");
  }

  /** Starts the dispatcher's workers (once; a later start after a stop only warns). */
  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    if (started) {
      LOG.warn("creditgov: the outbox dispatcher was stopped and is not restarted; the open deliveries wait in the"
          + " database for the next start of the application");
      return;
    }
    var unused = dispatcher.start();
    started = true;
    running = true;
    LOG.info("creditgov: {} started", dispatcher);
  }

  /** Stops the workers after their current round and waits for them. */
  @Override
  public synchronized void stop() {
    if (running) {
      dispatcher.close();
      running = false;
      LOG.info("creditgov: {} stopped ({} deliveries acknowledged, {} attempts failed)", dispatcher,
          dispatcher.acknowledged(), dispatcher.failures());
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  /** The dispatcher it runs. */
  public Dispatcher dispatcher() {
    return dispatcher;
  }

  @Override
  public String toString() {
    return "OutboxDispatcherLifecycle[" + dispatcher + (running ? ", running]" : "]");
  }
}
