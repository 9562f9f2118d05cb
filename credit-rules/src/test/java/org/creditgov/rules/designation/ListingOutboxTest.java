package org.creditgov.rules.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.rules.procedure.AppendResult;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.ChangeKind;
import org.creditgov.rules.sync.SameDayReport;
import org.creditgov.rules.sync.SyncRelay;
import org.creditgov.rules.sync.SyncStore;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The designation store is the procedure's outbox (DES-6, REP-3): a listing's or a removal's
 * {@link ListingChange} is stored in the same append as its event, so a step that was not stored
 * announces nothing and a stored step is never without its change (no dual write); the relay
 * turns the stored changes into one delivery per connected system, however often it runs.
 */
class ListingOutboxTest {

  private static final LocalDate PROPOSED = LocalDate.of(2025, 3, 3);
  private static final LocalDate DECIDED = LocalDate.of(2025, 3, 20);
  private static final DesignationId ID = DesignationId.of("OUTBOX-1");

  /** A store that fails like a crashed database when asked to store a listing. */
  private static final class FailingOnListing implements DesignationStore {
    final InMemoryDesignationStore inner = DesignationStore.inMemory();

    @Override
    public ImmutableList<DesignationEvent> load(DesignationId id) {
      return inner.load(id);
    }

    @Override
    public AppendResult append(DesignationId id, long expectedVersion, List<? extends DesignationEvent> events,
        List<? extends ListingChange> changes) {
      if (events.stream().anyMatch(e -> e instanceof DesignationEvent.Listed)) {
        throw new IllegalStateException("the database went away");
      }
      return inner.append(id, expectedVersion, events, changes);
    }

    @Override
    public ImmutableList<DesignationId> ids() {
      return inner.ids();
    }
  }

  private static void noticeServed(DesignationService service, TestClock clock) {
    clock.set(PROPOSED);
    assertThat(service.propose(Fixtures.propose(ID.value(), PROPOSED)).isAccepted()).isTrue();
    assertThat(service.execute(ID, 1, Fixtures.serve(PROPOSED)).isAccepted()).isTrue();
    clock.set(DECIDED);
  }

  @Test
  void aListingThatWasNotStoredAnnouncesNothing() {
    TestClock clock = TestClock.at(PROPOSED);
    FailingOnListing store = new FailingOnListing();
    DesignationService service = Fixtures.service(store, clock);
    noticeServed(service, clock);
    assertThat(store.inner.changes()).isEmpty(); // a proposal and a notice change no list membership

    assertThatIllegalStateException().isThrownBy(() -> service.execute(ID, 2, Fixtures.decide(DECIDED)));
    assertThat(store.inner.load(ID)).hasSize(2);
    assertThat(store.inner.changes()).isEmpty();
  }

  @Test
  void aConflictStoresNeitherTheEventNorItsChange() {
    TestClock clock = TestClock.at(PROPOSED);
    InMemoryDesignationStore store = DesignationStore.inMemory();
    DesignationService service = Fixtures.service(store, clock);
    noticeServed(service, clock);
    assertThat(service.execute(ID, 2, Fixtures.decide(DECIDED)).isAccepted()).isTrue();
    assertThat(service.execute(ID, 2, Fixtures.decide(DECIDED))).isInstanceOf(CommandResult.Conflict.class);
    assertThat(store.load(ID)).hasSize(3);
    assertThat(store.changes()).hasSize(1);
  }

  @Test
  void storedChangesReachEveryTargetOnceAsListedAndRemoved() {
    TestClock clock = TestClock.at(PROPOSED);
    InMemoryDesignationStore store = DesignationStore.inMemory();
    DesignationService service = Fixtures.service(store, clock);
    noticeServed(service, clock);
    assertThat(service.execute(ID, 2, Fixtures.decide(DECIDED)).isAccepted()).isTrue();
    LocalDate removed = LocalDate.of(2026, 6, 1);
    clock.set(removed);
    assertThat(service.execute(ID, 3,
        Fixtures.remove(removed, RemovalReason.REPAIRED, DocumentRef.Kind.REPAIR_APPROVAL)).isAccepted()).isTrue();

    ImmutableList<ListingChange> changes = store.changes();
    assertThat(changes).extracting(ListingChange::changeId)
        .containsExactly("designation:OUTBOX-1:3:LISTED", "designation:OUTBOX-1:4:REMOVED");
    Change listed = Change.of(changes.get(0));
    assertThat(listed).isEqualTo(new Change("designation:OUTBOX-1:3:LISTED", ChangeKind.LISTED,
        SubjectRef.of(Fixtures.COMPANY), "SAFETY-SEVERE", "青应急决〔2025〕7号", "青铜峡市应急管理局", DECIDED,
        "designation:OUTBOX-1"));
    assertThat(Change.of(changes.get(1)).kind()).isEqualTo(ChangeKind.REMOVED);
    assertThat(Change.of(changes.get(1)).on()).isEqualTo(removed);

    SyncStore sync = SyncStore.inMemory(List.of(SyncTarget.CREDIT_CHINA, SyncTarget.SHARING_PLATFORM));
    SyncRelay relay = SyncRelay.into(sync);
    assertThat(relay.relayListings(changes)).isEqualTo(4);
    assertThat(relay.relayListings(changes)).isZero(); // a relay that ran twice delivers once
    assertThat(SameDayReport.of(sync, removed).missed()).hasSize(4); // nobody has acknowledged yet
    assertThat(store.drainChanges()).isEqualTo(changes);
    assertThat(store.changes()).isEmpty();
  }
}
