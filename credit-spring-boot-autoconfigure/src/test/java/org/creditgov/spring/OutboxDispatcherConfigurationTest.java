package org.creditgov.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.ChangeKind;
import org.creditgov.rules.sync.Delivery;
import org.creditgov.rules.sync.SyncStore;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.store.jdbc.Dispatcher;
import org.creditgov.store.jdbc.JdbcOutbox;
import org.creditgov.store.jdbc.JdbcStores;
import org.creditgov.store.jdbc.RetryPolicy;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox dispatcher as a managed bean (REP-3, 当日同步): with a DataSource and a {@link
 * SyncSender} bean for every sync target it is created, started with the context, delivers what the
 * outbox holds and is stopped when the context closes; it is absent without senders, without a
 * DataSource and when switched off; the application's own {@link Dispatcher} wins; a target without
 * a sender, or a sender without a target, fails startup naming them.
 */
class OutboxDispatcherConfigurationTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final SubjectRef COMPANY = SubjectRef.of(SubjectType.LEGAL_PERSON, "91512081MA62K0260E");

  /** A fresh H2 database in PostgreSQL mode, in memory. */
  private static DataSource database() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:dispatch-" + DATABASES.incrementAndGet()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }

  private static Change change(String id) {
    return new Change(id, ChangeKind.LISTED, COMPANY, "SAFETY-SEVERE", "青应急决〔2025〕9号", "青铜峡市应急管理局",
        LocalDate.now(org.creditgov.core.time.ChinaTime.systemClock()), "designation:" + id);
  }

  /** The change ids a sender received, in order. */
  static final class Received {
    final List<String> ids = new CopyOnWriteArrayList<>();
  }

  private static ApplicationContextRunner withDatabase() {
    DataSource ds = database();
    return Contexts.runner().withBean(DataSource.class, () -> ds);
  }

  private static ApplicationContextRunner withSenders(ApplicationContextRunner runner, Received china, Received platform) {
    return runner.withBean("creditChinaSender", SyncSender.class,
            () -> SyncSender.to(SyncTarget.CREDIT_CHINA, c -> china.ids.add(c.changeId())))
        .withBean("sharingPlatformSender", SyncSender.class,
            () -> SyncSender.to("sharing-platform", c -> platform.ids.add(c.changeId())));
  }

  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** The alive threads of {@code dispatcher}'s workers (named after it). */
  private static List<Thread> workers(Dispatcher dispatcher) {
    Matcher m = Pattern.compile("Dispatcher\\[(dispatcher-[0-9a-f-]+),").matcher(dispatcher.toString());
    assertThat(m.find()).as(dispatcher.toString()).isTrue();
    String name = m.group(1);
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(name + "-") && t.isAlive())
        .toList();
  }

  @Test
  void withADataSourceAndASenderForEachTargetTheDispatcherDeliversFromStartToStop() throws Exception {
    Received china = new Received();
    Received platform = new Received();
    AtomicReference<Dispatcher> started = new AtomicReference<>();
    withSenders(withDatabase(), china, platform).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(Dispatcher.class).hasSingleBean(OutboxDispatcherLifecycle.class);
      Dispatcher dispatcher = context.getBean(Dispatcher.class);
      started.set(dispatcher);
      OutboxDispatcherLifecycle lifecycle = context.getBean(OutboxDispatcherLifecycle.class);
      assertThat(lifecycle.isRunning()).as("started with the context").isTrue();
      assertThat(lifecycle.dispatcher()).isSameAs(dispatcher);
      assertThat(workers(dispatcher)).hasSize(2); // creditgov.outbox.threads=2, spread over the two targets

      SyncStore sync = context.getBean(SyncStore.class);
      assertThat(sync).isInstanceOf(JdbcOutbox.class);
      sync.enqueue(change("QTX-2025-0009:LISTED"));
      await("both targets' acknowledgements", () -> sync.deliveries().stream().allMatch(d -> d.acknowledgedOn().isPresent()));
      assertThat(china.ids).containsExactly("QTX-2025-0009:LISTED");
      assertThat(platform.ids).containsExactly("QTX-2025-0009:LISTED");
      assertThat(sync.deliveries()).extracting(d -> d.target().code()).containsExactlyInAnyOrder("credit-china",
          "sharing-platform");
      assertThat(dispatcher.acknowledged()).isEqualTo(2);
    });
    // the context closed: the lifecycle stopped the workers and waited for them
    assertThat(workers(started.get())).isEmpty();
  }

  /** OPS-2: the dispatcher's counts are meters of the application's registries; none without a dispatcher. */
  @Test
  void theDispatchersCountsAreMeters() throws Exception {
    Received china = new Received();
    withSenders(withDatabase(), china, new Received()).run(context -> {
      assertThat(context).hasNotFailed().hasBean("creditGovOutboxDispatcherMeters");
      MeterRegistry registry = new SimpleMeterRegistry();
      context.getBean("creditGovOutboxDispatcherMeters", MeterBinder.class).bindTo(registry);
      assertThat(registry.get("creditgov.outbox.acknowledged").functionCounter().count()).isZero();
      SyncStore sync = context.getBean(SyncStore.class);
      sync.enqueue(change("QTX-2025-0010:LISTED"));
      await("both targets' acknowledgements", () -> registry.get("creditgov.outbox.acknowledged").functionCounter().count() == 2);
      assertThat(registry.get("creditgov.outbox.send.failures").functionCounter().count()).isZero();
      assertThat(registry.get("creditgov.outbox.store.errors").functionCounter().count()).isZero();
    });
    withDatabase().run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MeterBinder.class));
  }

  @Test
  void theLifecycleStopsTheWorkersWhenTheContextStops() {
    withSenders(withDatabase(), new Received(), new Received()).run(context -> {
      OutboxDispatcherLifecycle lifecycle = context.getBean(OutboxDispatcherLifecycle.class);
      Dispatcher dispatcher = context.getBean(Dispatcher.class);
      assertThat(workers(dispatcher)).isNotEmpty();
      context.stop();
      assertThat(lifecycle.isRunning()).isFalse();
      assertThat(workers(dispatcher)).isEmpty();
      context.start(); // a dispatcher runs once: not started again, and nothing throws
      assertThat(lifecycle.isRunning()).isFalse();
      assertThat(workers(dispatcher)).isEmpty();
    });
  }

  @Test
  void theOutboxPropertiesSetTheThreadsAndTheRetryPolicy() {
    withSenders(withDatabase(), new Received(), new Received())
        .withPropertyValues("creditgov.outbox.threads=3", "creditgov.outbox.max-attempts=4",
            "creditgov.outbox.first-backoff=2s", "creditgov.outbox.max-backoff=1m", "creditgov.outbox.lease=30s")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(workers(context.getBean(Dispatcher.class))).hasSize(3);
          assertThat(context.getBean(JdbcStores.class).outbox().policy())
              .isEqualTo(new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofSeconds(30)));
        });
  }

  @Test
  void withADataSourceButNoSenderThereIsNoDispatcher() {
    withDatabase().run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(JdbcStores.class);
      assertThat(context).doesNotHaveBean(Dispatcher.class).doesNotHaveBean(OutboxDispatcherLifecycle.class);
      // the default retry policy
      assertThat(context.getBean(JdbcStores.class).outbox().policy()).isEqualTo(RetryPolicy.DEFAULT);
    });
  }

  @Test
  void sendersWithoutADataSourceStartNoDispatcher() {
    withSenders(Contexts.runner(), new Received(), new Received()).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(InMemoryOutboxRelay.class);
      assertThat(context).doesNotHaveBean(Dispatcher.class).doesNotHaveBean(OutboxDispatcherLifecycle.class);
    });
  }

  @Test
  void switchedOffThereIsNoDispatcher() {
    withSenders(withDatabase(), new Received(), new Received()).withPropertyValues("creditgov.outbox.enabled=false")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(Dispatcher.class).doesNotHaveBean(OutboxDispatcherLifecycle.class);
        });
  }

  /** An application that runs a dispatcher of its own. */
  @Configuration(proxyBeanMethods = false)
  static class OwnDispatcher {
    static final Received RECEIVED = new Received();

    @Bean(destroyMethod = "close")
    Dispatcher ownDispatcher(JdbcStores stores) {
      return stores.outbox().dispatcher(Map.of(SyncTarget.CREDIT_CHINA, c -> RECEIVED.ids.add(c.changeId()),
          SyncTarget.SHARING_PLATFORM, c -> RECEIVED.ids.add(c.changeId())), 1).start();
    }
  }

  @Test
  void theApplicationsDispatcherWins() {
    withSenders(withDatabase(), new Received(), new Received()).withUserConfiguration(OwnDispatcher.class).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(Dispatcher.class).hasBean("ownDispatcher");
      assertThat(context).doesNotHaveBean("creditGovOutboxDispatcher").doesNotHaveBean(OutboxDispatcherLifecycle.class);
      assertThat(workers(context.getBean(Dispatcher.class))).hasSize(2); // its own start: one worker per target
    });
  }

  @Test
  void aTargetWithoutASenderFailsStartupNamingIt() {
    Received china = new Received();
    withDatabase().withBean("creditChinaSender", SyncSender.class,
        () -> SyncSender.to(SyncTarget.CREDIT_CHINA, c -> china.ids.add(c.changeId()))).run(context -> {
          assertThat(context).hasFailed();
          assertThat(rootMessage(context.getStartupFailure())).contains("no SyncSender bean for the sync target(s) [sharing-platform]")
              .contains("creditgov.outbox.enabled=false");
        });
  }

  @Test
  void aSenderOfATargetNotConfiguredFailsStartupNamingIt() {
    withSenders(withDatabase(), new Received(), new Received())
        .withBean("provinceSender", SyncSender.class, () -> SyncSender.to("province-platform", c -> {}))
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(rootMessage(context.getStartupFailure())).contains("[province-platform]")
              .contains("creditgov.sync.targets does not name");
        });
  }

  @Test
  void aTargetOfYourOwnIsSentByTheSenderOfItsCode() throws Exception {
    Received own = new Received();
    withDatabase().withPropertyValues("creditgov.sync.targets=province-platform")
        .withBean("provinceSender", SyncSender.class, () -> SyncSender.to("province-platform", c -> own.ids.add(c.changeId())))
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(Dispatcher.class);
          SyncStore sync = context.getBean(SyncStore.class);
          sync.enqueue(change("QTX-2025-0010:LISTED"));
          await("the acknowledgement", () -> sync.deliveries().stream().allMatch(d -> d.acknowledgedOn().isPresent()));
          assertThat(own.ids).containsExactly("QTX-2025-0010:LISTED");
          assertThat(sync.deliveries()).extracting(Delivery::target).extracting(SyncTarget::code)
              .containsExactly("province-platform");
        });
  }

  private static String rootMessage(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }
}
