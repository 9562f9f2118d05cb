package org.creditgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Concurrency on each database (DES-7, REP-3): 8 threads deciding the same designation through
 * the service — exactly one wins, the others get a conflict, one outbox row per target; and 3
 * dispatcher instances of 8 threads each deliver every message once per target, in order per
 * (target, subject).
 */
class ConcurrencyTest {

  private static final LocalDate PROPOSED = LocalDate.of(2025, 3, 3);
  private static final int THREADS = 8;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void ofEightOfficersDecidingOneDesignationExactlyOneWins(TestDatabases.Kind kind) throws Exception {
    Procedures procedures = new Procedures(8);
    TestClock clock = TestClock.at(PROPOSED);
    JdbcStores stores = JdbcStores.builder(TestDatabases.fresh(kind)).clock(clock).listTypes(procedures.listTypes).build();
    stores.migrate();
    DesignationService service = procedures.service(stores.designations(), clock);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < 5; round++) {
        String id = "RACE-" + round;
        procedures.readyToDecide(service, id, procedures.subject(), PROPOSED);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<CommandResult>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          results.add(pool.submit(() -> {
            start.await();
            return service.execute(DesignationId.of(id), 3, procedures.decide(PROPOSED));
          }));
        }
        int accepted = 0;
        int conflicts = 0;
        for (Future<CommandResult> f : results) {
          CommandResult r = f.get(60, TimeUnit.SECONDS);
          accepted += r.isAccepted() ? 1 : 0;
          conflicts += r instanceof CommandResult.Conflict ? 1 : 0;
        }
        assertThat(accepted).as("round %s", round).isEqualTo(1);
        assertThat(conflicts).as("round %s", round).isEqualTo(THREADS - 1);
        assertThat(stores.designations().load(DesignationId.of(id))).hasSize(4);
        String listed = "designation:" + id + ":4:LISTED";
        assertThat(stores.outbox().deliveries()).filteredOn(d -> d.change().changeId().equals(listed)).hasSize(2);
      }
      assertThat(stores.outbox().deliveries()).hasSize(10);
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void threeDispatchersOfEightThreadsDeliverEveryMessageOncePerTargetInOrderPerSubject(TestDatabases.Kind kind)
      throws Exception {
    DataSource ds = TestDatabases.fresh(kind);
    List<JdbcStores> instances = new ArrayList<>();
    for (int i = 0; i < 3; i++) { // three processes' worth of stores over one database
      instances.add(JdbcStores.builder(ds).clock(Clock.systemUTC()).listTypes(DesignationGenerators.registry())
          .build());
    }
    instances.get(0).migrate();
    int subjects = 30;
    int messages = 300;
    Map<String, List<String>> expectedOrder = new ConcurrentHashMap<>();
    for (int i = 0; i < messages; i++) {
      SubjectRef s = JdbcOutboxTest.subject(i % subjects);
      Change c = JdbcOutboxTest.change("m" + i, s);
      assertThat(instances.get(i % 3).outbox().enqueue(c)).hasSize(2);
      expectedOrder.computeIfAbsent(s.identifier(), k -> new ArrayList<>()).add(c.changeId());
    }
    Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    Map<String, List<String>> order = new ConcurrentHashMap<>();
    AtomicInteger calls = new AtomicInteger();
    List<Dispatcher> dispatchers = new ArrayList<>();
    for (JdbcStores s : instances) {
      Map<SyncTarget, ChangeSender> senders = new java.util.HashMap<>();
      for (SyncTarget t : s.outbox().targets()) {
        senders.put(t, c -> {
          calls.incrementAndGet();
          String key = t.code() + "/" + c.changeId();
          if (received.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() == 1) {
            List<String> seen = order.computeIfAbsent(t.code() + "/" + c.subject().identifier(),
                k -> java.util.Collections.synchronizedList(new ArrayList<>()));
            seen.add(c.changeId());
          }
        });
      }
      dispatchers.add(s.outbox().dispatcher(senders, THREADS).start());
    }
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (instances.get(0).outbox().open() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    } finally {
      dispatchers.forEach(Dispatcher::close);
    }
    assertThat(instances.get(0).outbox().open()).isZero();
    assertThat(received).hasSize(2 * messages);
    assertThat(received.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(calls.get()).isEqualTo(2 * messages);
    for (SyncTarget t : instances.get(0).outbox().targets()) {
      for (Map.Entry<String, List<String>> e : expectedOrder.entrySet()) {
        assertThat(order.get(t.code() + "/" + e.getKey())).as("order of %s at %s", e.getKey(), t.code())
            .containsExactlyElementsOf(e.getValue());
      }
    }
    assertThat(dispatchers.stream().mapToLong(Dispatcher::acknowledged).sum()).isEqualTo(2L * messages);
  }
}
