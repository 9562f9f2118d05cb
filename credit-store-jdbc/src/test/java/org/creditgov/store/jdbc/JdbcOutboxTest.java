package org.creditgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.ChangeKind;
import org.creditgov.rules.sync.DeliveryState;
import org.creditgov.rules.sync.SameDayReport;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The outbox's dispatch on each database (REP-3): in order per (target, subject), a failing target
 * retried with backoff and then dead-lettered without holding up other subjects or targets, a dead
 * letter re-submitted, a delivery whose dispatcher died sent again after its lease, a row committed
 * after a later one still dispatched, and the same-day report over it all.
 */
class JdbcOutboxTest {

  static final LocalDate DAY = LocalDate.of(2025, 6, 2);
  static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30));

  private final TestClock clock = TestClock.at(DAY.atTime(10, 0));

  JdbcStores stores(DataSource ds) {
    JdbcStores stores = JdbcStores.builder(ds).clock(clock).listTypes(DesignationGenerators.registry())
        .retryPolicy(POLICY).build();
    stores.migrate();
    return stores;
  }

  static SubjectRef subject(int n) {
    return SubjectRef.of(SubjectType.LEGAL_PERSON, DesignationGenerators.creditCode(new java.util.SplittableRandom(n))
        .value());
  }

  static Change change(String id, SubjectRef subject) {
    return new Change(id, ChangeKind.LISTED, subject, "ITEM", "决-" + id, "测试局", DAY, "designation:" + id);
  }

  /** A sender that records what it received and fails for the change ids in {@code failing}. */
  static final class Recorder implements ChangeSender {
    final List<String> received = new ArrayList<>();
    final Set<String> failing;

    Recorder(Set<String> failing) {
      this.failing = failing;
    }

    @Override
    public synchronized void send(Change change) {
      if (failing.contains(change.changeId())) {
        throw new IllegalStateException("target unavailable");
      }
      received.add(change.changeId());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void deliversInOrderPerSubjectRetriesWithBackoffDeadLettersAndResubmits(TestDatabases.Kind kind) {
    JdbcOutbox outbox = stores(TestDatabases.fresh(kind)).outbox();
    SubjectRef a = subject(1);
    SubjectRef b = subject(2);
    for (Change c : List.of(change("a1", a), change("a2", a), change("b1", b))) {
      assertThat(outbox.enqueue(c)).hasSize(2);
    }
    assertThat(outbox.enqueue(change("a1", a))).isEmpty(); // idempotent by (target, change id)

    Recorder platform = new Recorder(Set.of());
    assertThat(outbox.dispatch(SyncTarget.SHARING_PLATFORM, platform)).isEqualTo(new Dispatched(2, 2, 0, 0));
    assertThat(outbox.dispatch(SyncTarget.SHARING_PLATFORM, platform)).isEqualTo(new Dispatched(1, 1, 0, 0));
    assertThat(platform.received).containsExactly("a1", "b1", "a2"); // a2 only once a1 was acknowledged

    Recorder china = new Recorder(Set.of("a1"));
    assertThat(outbox.dispatch(SyncTarget.CREDIT_CHINA, china)).isEqualTo(new Dispatched(2, 1, 1, 0));
    assertThat(outbox.dispatch(SyncTarget.CREDIT_CHINA, china)).isEqualTo(Dispatched.NONE); // a1 waits, a2 behind it
    clock.advance(Duration.ofMillis(999));
    assertThat(outbox.dispatch(SyncTarget.CREDIT_CHINA, china)).isEqualTo(Dispatched.NONE);
    clock.advance(Duration.ofMillis(1));
    assertThat(outbox.dispatch(SyncTarget.CREDIT_CHINA, china)).isEqualTo(new Dispatched(1, 0, 1, 0));
    clock.advance(Duration.ofSeconds(2)); // the second failure waits twice as long
    assertThat(outbox.dispatch(SyncTarget.CREDIT_CHINA, china)).isEqualTo(new Dispatched(1, 0, 1, 1));
    assertThat(outbox.deadLetters()).singleElement().satisfies(d -> {
      assertThat(d.change().changeId()).isEqualTo("a1");
      assertThat(d.attempts()).isEqualTo(3);
      assertThat(d.lastError()).contains(IllegalStateException.class.getName());
    });
    // a dead letter holds up nothing behind it
    assertThat(outbox.dispatch(SyncTarget.CREDIT_CHINA, china)).isEqualTo(new Dispatched(1, 1, 0, 0));
    assertThat(china.received).containsExactly("b1", "a2");
    assertThat(outbox.unacknowledged(SyncTarget.CREDIT_CHINA)).extracting(d -> d.change().changeId()).containsExactly("a1");

    SameDayReport report = SameDayReport.of(outbox, DAY);
    assertThat(report.missedByTarget()).containsEntry("credit-china", 1).containsEntry("sharing-platform", 0);

    assertThat(outbox.resubmit(SyncTarget.CREDIT_CHINA, "a1")).isTrue();
    assertThat(outbox.resubmit(SyncTarget.CREDIT_CHINA, "a1")).isFalse(); // no longer a dead letter
    assertThat(outbox.dispatch(SyncTarget.CREDIT_CHINA, new Recorder(Set.of()))).isEqualTo(new Dispatched(1, 1, 0, 0));
    assertThat(outbox.deadLetters()).isEmpty();
    assertThat(outbox.deliveries()).allSatisfy(d -> {
      assertThat(d.state()).isEqualTo(DeliveryState.ACKNOWLEDGED);
      assertThat(d.acknowledgedOn()).contains(DAY);
    });
    assertThat(outbox.open()).isZero();
  }

  /** Thrown by a sender to stand for a dispatcher that died after sending, before recording. */
  static final class Died extends Error {
    private static final long serialVersionUID = 1L;
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aDeliveryWhoseDispatcherDiedIsSentAgainAfterItsLease(TestDatabases.Kind kind) {
    JdbcOutbox outbox = stores(TestDatabases.fresh(kind)).outbox();
    assertThat(outbox.enqueue(change("c1", subject(1)))).hasSize(2);
    List<String> sent = new ArrayList<>();
    assertThatThrownBy(() -> outbox.dispatch(SyncTarget.CREDIT_CHINA, c -> {
      sent.add(c.changeId());
      throw new Died();
    }, "first", 10)).isInstanceOf(Died.class);
    Recorder second = new Recorder(Set.of());
    assertThat(outbox.dispatch(SyncTarget.CREDIT_CHINA, second, "second", 10)).isEqualTo(Dispatched.NONE); // leased
    clock.advance(POLICY.lease());
    assertThat(outbox.dispatch(SyncTarget.CREDIT_CHINA, second, "second", 10)).isEqualTo(new Dispatched(1, 1, 0, 0));
    assertThat(sent).containsExactly("c1");
    assertThat(second.received).containsExactly("c1"); // at least once: the target deduplicates by change id
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aRowCommittedAfterALaterOneIsStillDispatched(TestDatabases.Kind kind) throws Exception {
    DataSource ds = TestDatabases.fresh(kind);
    JdbcOutbox outbox = stores(ds).outbox();
    Recorder china = new Recorder(Set.of());
    try (Connection slow = ds.getConnection()) {
      slow.setAutoCommit(false);
      outbox.insert(slow, List.of(change("early", subject(1))), clock.millis()); // takes the lower sequence numbers
      assertThat(outbox.enqueue(change("late", subject(2)))).hasSize(2); // commits first
      assertThat(outbox.dispatch(SyncTarget.CREDIT_CHINA, china)).isEqualTo(new Dispatched(1, 1, 0, 0));
      slow.commit();
    }
    assertThat(outbox.dispatch(SyncTarget.CREDIT_CHINA, china)).isEqualTo(new Dispatched(1, 1, 0, 0));
    assertThat(china.received).containsExactly("late", "early");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theSyncStoreOperationsKeepOneDeliveryPerTargetAndChange(TestDatabases.Kind kind) {
    JdbcOutbox outbox = stores(TestDatabases.fresh(kind)).outbox();
    Change c = change("s1", subject(3));
    assertThat(outbox.enqueue(c)).extracting(d -> d.target()).containsExactly(SyncTarget.CREDIT_CHINA,
        SyncTarget.SHARING_PLATFORM);
    assertThat(outbox.sent(SyncTarget.CREDIT_CHINA, "s1").state()).isEqualTo(DeliveryState.SENT);
    assertThat(outbox.acknowledged(SyncTarget.CREDIT_CHINA, "s1", DAY.plusDays(1)).sameDay()).isFalse();
    assertThat(outbox.acknowledged(SyncTarget.CREDIT_CHINA, "s1", DAY).acknowledgedOn()).contains(DAY.plusDays(1));
    assertThat(outbox.sent(SyncTarget.CREDIT_CHINA, "s1").state()).isEqualTo(DeliveryState.ACKNOWLEDGED);
    assertThatThrownBy(() -> outbox.sent(SyncTarget.CREDIT_CHINA, "none")).isInstanceOf(IllegalArgumentException.class);
    assertThat(outbox.deliveries()).hasSize(2);
    assertThat(outbox.unacknowledged(SyncTarget.SHARING_PLATFORM)).hasSize(1);
    assertThat(outbox.dispatch(SyncTarget.CREDIT_CHINA, new Recorder(Set.of()))).isEqualTo(Dispatched.NONE);
  }
}
