package org.creditgov.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.InMemoryDesignationStore;
import org.creditgov.rules.designation.ListingChange;
import org.creditgov.rules.procedure.AppendResult;
import org.creditgov.rules.sync.Delivery;
import org.creditgov.rules.sync.SyncStore;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.testkit.Suites;
import org.junit.jupiter.api.Test;

/**
 * The store contracts themselves: the in-memory stores pass every test; a designation store that
 * drops its outbox messages fails only the outbox test, one that overwrites on a stale append fails
 * the version tests, a sync store that creates a delivery per enqueue fails the idempotency test.
 */
class StoreContractsSuiteTest {

  @Test
  void theInMemoryStoresPassEveryContract() {
    List<Suites.Ran> ran = Suites.execute(StoreContracts.designationStore(listTypes -> DesignationStore.inMemory(),
        s -> s.changes().stream().map(ListingChange::changeId).toList()));
    assertThat(ran).hasSize(5).allMatch(Suites.Ran::passed, "passed");
    List<Suites.Ran> sync = Suites.execute(StoreContracts.syncStore(SyncStore::inMemory));
    assertThat(sync).hasSize(4).allMatch(Suites.Ran::passed, "passed");
  }

  /** Forwards everything to the in-memory store, but forgets every message. */
  static class ForgetsMessages implements DesignationStore {
    final InMemoryDesignationStore inner = DesignationStore.inMemory();

    @Override
    public ImmutableList<DesignationEvent> load(DesignationId id) {
      return inner.load(id);
    }

    @Override
    public AppendResult append(DesignationId id, long expectedVersion, List<? extends DesignationEvent> events,
        List<? extends ListingChange> messages) {
      return inner.append(id, expectedVersion, events, List.of());
    }

    @Override
    public ImmutableList<DesignationId> ids() {
      return inner.ids();
    }
  }

  @Test
  void aStoreThatForgetsItsMessagesFailsTheOutboxTestOnly() {
    List<Suites.Ran> ran = Suites.execute(StoreContracts.designationStore(listTypes -> new ForgetsMessages(),
        s -> s.inner.changes().stream().map(ListingChange::changeId).toList(), 3));
    assertThat(ran).filteredOn(r -> !r.passed()).extracting(Suites.Ran::displayName).singleElement().asString()
        .startsWith("REP-3 ");
    assertThat(ran.stream().filter(r -> !r.passed()).findFirst().orElseThrow().failure().getMessage())
        .startsWith("[seed=");
  }

  /** Ignores the expected version: the last writer wins. */
  static final class LastWriterWins extends ForgetsMessages {
    @Override
    public AppendResult append(DesignationId id, long expectedVersion, List<? extends DesignationEvent> events,
        List<? extends ListingChange> messages) {
      AppendResult r = inner.append(id, expectedVersion, events, messages);
      return r instanceof AppendResult.Conflict ? new AppendResult.Appended(expectedVersion + events.size()) : r;
    }
  }

  @Test
  void aStoreThatLetsTheLastWriterWinFailsTheVersionTests() {
    List<Suites.Ran> ran = Suites.execute(StoreContracts.designationStore(listTypes -> new LastWriterWins(),
        s -> s.inner.changes().stream().map(ListingChange::changeId).toList(), 3));
    assertThat(ran).filteredOn(r -> !r.passed()).extracting(Suites.Ran::displayName)
        .anyMatch(n -> n.contains("stale append")).anyMatch(n -> n.contains("exactly one wins"));
  }

  @Test
  void aSyncStoreThatDeliversPerEnqueueFailsTheIdempotencyTest() {
    List<Suites.Ran> ran = Suites.execute(StoreContracts.syncStore(targets -> new SyncStore() {
      final SyncStore inner = SyncStore.inMemory(targets);
      int n;

      @Override
      public ImmutableList<Delivery> enqueue(org.creditgov.rules.sync.Change change) {
        ImmutableList<Delivery> created = inner.enqueue(change);
        if (created.isEmpty()) { // pretends a second enqueue created deliveries
          return inner.unacknowledged(targets.get(0)).subList(0, 1);
        }
        n += created.size();
        return created;
      }

      @Override
      public Delivery sent(SyncTarget target, String changeId) {
        return inner.sent(target, changeId);
      }

      @Override
      public Delivery acknowledged(SyncTarget target, String changeId, LocalDate day) {
        return inner.acknowledged(target, changeId, day);
      }

      @Override
      public ImmutableList<Delivery> deliveries() {
        return inner.deliveries();
      }

      @Override
      public ImmutableList<Delivery> unacknowledged(SyncTarget target) {
        return inner.unacknowledged(target);
      }
    }));
    assertThat(ran).filteredOn(r -> !r.passed()).extracting(Suites.Ran::displayName).singleElement().asString()
        .contains("however often enqueued");
  }
}
