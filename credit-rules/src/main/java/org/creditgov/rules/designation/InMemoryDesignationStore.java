package org.creditgov.rules.designation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.creditgov.rules.procedure.EventStore;
import org.creditgov.rules.procedure.InMemoryEventStore;

/**
 * The in-memory {@link DesignationStore}: the shared {@link InMemoryEventStore} of the procedure
 * package (a concurrent map from id to an immutable history, the optimistic lock inside an atomic
 * compute), answering in the designation store's own result types.
 */
final class InMemoryDesignationStore implements DesignationStore {

  private final InMemoryEventStore<DesignationId, DesignationEvent, Void> events = EventStore.inMemory();

  @Override
  public ImmutableList<DesignationEvent> load(DesignationId id) {
    return events.load(id);
  }

  @Override
  public AppendResult append(DesignationId id, long expectedVersion, List<? extends DesignationEvent> added) {
    org.creditgov.rules.procedure.AppendResult r = events.append(id, expectedVersion, added, List.of());
    if (r instanceof org.creditgov.rules.procedure.AppendResult.Conflict c) {
      return new AppendResult.Conflict(c.expectedVersion(), c.actualVersion());
    }
    return new AppendResult.Appended(((org.creditgov.rules.procedure.AppendResult.Appended) r).version());
  }

  @Override
  public ImmutableList<DesignationId> ids() {
    return events.ids();
  }

  @Override
  public String toString() {
    return "InMemoryDesignationStore[" + events.ids().size() + " designations]";
  }
}
