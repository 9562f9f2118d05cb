package org.creditgov.spring.actuate;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.creditgov.spring.CreditOutboxDispatcherAutoConfiguration;
import org.creditgov.store.jdbc.Dispatcher;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * The outbox dispatcher's counts as Micrometer meters (REP-3, 当日同步; OPS-2), when a {@link
 * Dispatcher} bean runs (the starter's or the application's own), bound to every registry of the
 * application by Boot's metrics:
 *
 * <ul>
 *   <li>{@code creditgov.outbox.acknowledged} — deliveries a connected system acknowledged;
 *   <li>{@code creditgov.outbox.send.failures} — sending attempts that failed (each is retried
 *       with backoff until the policy's attempts are spent, then dead-lettered);
 *   <li>{@code creditgov.outbox.store.errors} — rounds a worker could not complete against the
 *       database.
 * </ul>
 *
 * <p>Counts since the dispatcher started; no tag holds personal data.
 */
@AutoConfiguration(after = CreditOutboxDispatcherAutoConfiguration.class)
@ConditionalOnClass(name = {"io.micrometer.core.instrument.binder.MeterBinder", "org.creditgov.store.jdbc.Dispatcher"})
@ConditionalOnBean(Dispatcher.class)
public class CreditOutboxMetricsAutoConfiguration {

  /** Creates the configuration (Spring does). */
  public CreditOutboxMetricsAutoConfiguration() {}

  /** The dispatcher's meters. */
  @Bean
  public MeterBinder creditGovOutboxDispatcherMeters(Dispatcher dispatcher) {
    return registry -> {
      var unused = FunctionCounter.builder("creditgov.outbox.acknowledged", dispatcher, Dispatcher::acknowledged)
          .description("Deliveries a connected system acknowledged").register(registry);
      var unused2 = FunctionCounter.builder("creditgov.outbox.send.failures", dispatcher, Dispatcher::failures)
          .description("Sending attempts to a connected system that failed").register(registry);
      var unused3 = FunctionCounter.builder("creditgov.outbox.store.errors", dispatcher, Dispatcher::storeErrors)
          .description("Dispatcher rounds that failed against the database").register(registry);
    };
  }
}
