package org.creditgov.rules.procedure;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Where a procedure's events are kept (SPI): one append-only history per case, with optimistic
 * concurrency on the version number, and the outbox messages of each step stored with its events.
 *
 * <p>An implementation makes {@link #append} atomic per case: it succeeds only when the stored
 * version equals {@code expectedVersion}, and then stores every event and every message or none. A
 * database implementation uses a unique key on (case id, version) and writes the outbox rows in
 * the same transaction as the event rows; a relay delivers them later. No dual write: a step is
 * never stored without its messages, nor a message without its step.
 *
 * @param <I> the case id
 * @param <E> the events
 * @param <M> the outbox messages
 */
public interface EventStore<I extends Comparable<I>, E extends ProcedureEvent<I>, M> {

  /**
   * The events of one case, oldest first; empty if none are stored.
   *
   * @throws NullPointerException if {@code id} is null
   */
  ImmutableList<E> load(I id);

  /**
   * Appends events and their outbox messages to a case's history if its stored version is {@code
   * expectedVersion} (0 for a new case).
   *
   * @return {@link AppendResult.Appended} with the new version, or {@link AppendResult.Conflict}
   *     with the version found; on a conflict nothing is stored
   * @throws NullPointerException if an argument, event or message is null
   * @throws IllegalArgumentException if {@code events} is empty, an event belongs to another case,
   *     or the events' versions are not {@code expectedVersion + 1, + 2, …}
   */
  AppendResult append(I id, long expectedVersion, List<? extends E> events, List<? extends M> messages);

  /** The ids of every stored case, in order. */
  ImmutableList<I> ids();

  /** A new, empty, thread-safe in-memory store. */
  static <I extends Comparable<I>, E extends ProcedureEvent<I>, M> InMemoryEventStore<I, E, M> inMemory() {
    return new InMemoryEventStore<>();
  }
}
