package org.creditgov.rules.designation;

import org.creditgov.rules.procedure.EventStore;

/**
 * Where designations' events are kept, with their outbox messages (SPI, DES-6, DES-7, REP-3): one
 * append-only history per designation, with optimistic concurrency on the version number, so two
 * officers acting on one designation at once cannot both succeed, and the {@link ListingChange} of
 * a listing or a removal stored in the same atomic append as its event, so a change is never lost
 * nor announced for a step that was not stored (no dual write).
 *
 * <p>The contract is {@link EventStore}'s: {@link #append} succeeds only when the stored version
 * equals {@code expectedVersion}, and then stores every event and every message or none; a
 * database implementation uses a unique key on (designation id, version) and writes the outbox
 * rows in the same transaction ({@code org.creditgov.store.jdbc.JdbcDesignationStore}). Events
 * are immutable values holding no personal details (the subject by reference, the list type by
 * code and version); an implementation keeps them in their canonical JSON form ({@code
 * org.creditgov.rules.json.DesignationJson.EVENT}, {@code creditgov-designation-event/1}) and
 * must give back equal values. Messages are delivered at least once; consumers deduplicate by
 * {@link ListingChange#changeId()}.
 *
 * <p>{@link #inMemory()} is the default, for tests, small deployments and benchmarks.
 */
public interface DesignationStore extends EventStore<DesignationId, DesignationEvent, ListingChange> {

  /** A new, empty, thread-safe in-memory store, its outbox a queue the caller drains. */
  static InMemoryDesignationStore inMemory() {
    return new InMemoryDesignationStore();
  }
}
