package org.creditgov.spring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.store.jdbc.ChangeSender;
import org.creditgov.store.jdbc.Dispatcher;
import org.creditgov.store.jdbc.JdbcStores;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The outbox dispatcher (REP-3, 当日同步), when the application defines {@link SyncSender} beans and
 * {@code creditgov.outbox.enabled} is not false: a {@link Dispatcher} of {@code
 * creditgov.outbox.threads} workers over the JDBC outbox, each target's changes sent by the sender
 * bean of its code, run by an {@link OutboxDispatcherLifecycle} from the context's start to its
 * stop. Backs off, both beans, when the application defines a {@code Dispatcher} of its own (it
 * then starts and closes it itself).
 */
@AutoConfiguration(after = CreditJdbcStoresAutoConfiguration.class)
@ConditionalOnClass(name = "org.creditgov.store.jdbc.JdbcStores")
@ConditionalOnBean({JdbcStores.class, SyncSender.class})
@ConditionalOnMissingBean(Dispatcher.class)
@ConditionalOnBooleanProperty(name = "creditgov.outbox.enabled", matchIfMissing = true)
public class CreditOutboxDispatcherAutoConfiguration {

  /** Creates the configuration (Spring does). */
  public CreditOutboxDispatcherAutoConfiguration() {}

  /**
   * The dispatcher of the outbox to every target of {@code creditgov.sync.targets}, not started
   * (its lifecycle starts it); closed when the context is.
   *
   * @throws IllegalStateException if a target has no sender, two senders name one target, or a
   *     sender names a target that is not configured
   */
  @Bean(destroyMethod = "close")
  public Dispatcher creditGovOutboxDispatcher(JdbcStores stores, List<SyncSender> senders,
      CreditGovProperties properties) {
    return stores.outbox().dispatcher(senders(stores.outbox().targets(), senders), properties.getOutbox().getThreads());
  }

  /** Starts the dispatcher with the context and stops it with it. */
  @Bean
  public OutboxDispatcherLifecycle creditGovOutboxDispatcherLifecycle(Dispatcher dispatcher) {
    return new OutboxDispatcherLifecycle(dispatcher);
  }

  /** Each target's sender, by the code its bean names. */
  static Map<SyncTarget, ChangeSender> senders(List<SyncTarget> targets, List<SyncSender> senders) {
    Map<String, SyncSender> byCode = new LinkedHashMap<>();
    for (SyncSender s : senders) {
      if (byCode.put(s.targetCode(), s) != null) {
        throw new IllegalStateException("creditgov: two SyncSender beans send to the sync target " + s.targetCode()
            + "; define one per target");
      }
    }
    Map<SyncTarget, ChangeSender> map = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (SyncTarget t : targets) {
      SyncSender s = byCode.remove(t.code());
      if (s == null) {
        missing.add(t.code());
      } else {
        map.put(t, s.sender());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("creditgov: no SyncSender bean for the sync target(s) " + missing
          + " of creditgov.sync.targets; define one for each target, or set creditgov.outbox.enabled=false");
    }
    if (!byCode.isEmpty()) {
      throw new IllegalStateException("creditgov: SyncSender beans for " + new TreeSet<>(byCode.keySet())
          + ", which creditgov.sync.targets does not name; add them there or remove the beans");
    }
    return map;
  }
}
