package org.creditgov.rules.designation;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Where designations' events are kept (SPI, DES-7): one append-only history per designation, with
 * optimistic concurrency on the version number, so two officers acting on one designation at once
 * cannot both succeed.
 *
 * <p>An implementation must make {@link #append} atomic per designation: it succeeds only when the
 * stored version equals {@code expectedVersion}, and then stores every event or none. A database
 * implementation typically uses a unique key on (designation id, version). Events are immutable
 * values holding no personal details (the subject by reference, the list type by code and
 * version); an implementation keeps them in their canonical JSON form ({@code
 * org.creditgov.rules.json.DesignationJson.EVENT}, {@code creditgov-designation-event/1}), which
 * reads back equal, and must give back equal values.
 *
 * <p>{@link #inMemory()} is the default, for tests, small deployments and benchmarks.
 */
public interface DesignationStore {

  /**
   * The events of one designation, oldest first; empty if none are stored.
   *
   * @throws NullPointerException if {@code id} is null
   */
  ImmutableList<DesignationEvent> load(DesignationId id);

  /**
   * Appends events to a designation's history if its stored version is {@code expectedVersion}
   * (0 for a new designation).
   *
   * @return {@link AppendResult.Appended} with the new version, or {@link AppendResult.Conflict}
   *     with the version found; on a conflict nothing is stored
   * @throws NullPointerException if an argument or event is null
   * @throws IllegalArgumentException if {@code events} is empty, an event belongs to another
   *     designation, or the events' versions are not {@code expectedVersion + 1, + 2, …}
   */
  AppendResult append(DesignationId id, long expectedVersion, List<? extends DesignationEvent> events);

  /** The ids of every stored designation, in order. */
  ImmutableList<DesignationId> ids();

  /** A new, empty, thread-safe in-memory store. */
  static DesignationStore inMemory() {
    return new InMemoryDesignationStore();
  }

  /** The result of an append. */
  sealed interface AppendResult {

    /**
     * The events were stored.
     *
     * @param version the designation's version now
     */
    record Appended(long version) implements AppendResult {}

    /**
     * The stored version was not the expected one; nothing was stored.
     *
     * @param expectedVersion the version expected
     * @param actualVersion the version found
     */
    record Conflict(long expectedVersion, long actualVersion) implements AppendResult {}
  }
}
