package org.creditgov.rules.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory {@link EventStore}: a concurrent map from id to an immutable history, and one queue
 * of outbox messages. An append replaces the history inside {@link ConcurrentHashMap#compute},
 * atomic per key, after comparing versions (the optimistic lock), and queues the messages inside
 * the same compute, so a message is never queued for a step not stored. Thread-safe.
 *
 * @param <I> the case id
 * @param <E> the events
 * @param <M> the outbox messages
 */
public final class InMemoryEventStore<I extends Comparable<I>, E extends ProcedureEvent<I>, M> implements EventStore<I, E, M> {

  private final ConcurrentHashMap<I, ImmutableList<E>> histories = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<M> outbox = new ConcurrentLinkedQueue<>();

  InMemoryEventStore() {}

  @Override
  public ImmutableList<E> load(I id) {
    ImmutableList<E> history = histories.get(requireNonNull(id, "id"));
    return history == null ? ImmutableList.of() : history;
  }

  @Override
  public AppendResult append(I id, long expectedVersion, List<? extends E> events, List<? extends M> messages) {
    requireNonNull(id, "id");
    checkArgument(expectedVersion >= 0, "expectedVersion must not be negative: %s", expectedVersion);
    ImmutableList<E> added = ImmutableList.copyOf(events);
    ImmutableList<M> queued = ImmutableList.copyOf(messages);
    checkArgument(!added.isEmpty(), "nothing to append");
    for (int i = 0; i < added.size(); i++) {
      E e = added.get(i);
      checkArgument(e.caseId().equals(id), "an event of case %s appended to %s", e.caseId(), id);
      checkArgument(e.version() == expectedVersion + 1 + i, "event version %s where %s was expected", e.version(),
          expectedVersion + 1 + i);
    }
    long[] found = {-1};
    histories.compute(id, (key, old) -> {
      long version = old == null ? 0 : old.size();
      if (version != expectedVersion) {
        found[0] = version;
        return old;
      }
      outbox.addAll(queued);
      return concat(old, added);
    });
    return found[0] < 0
        ? new AppendResult.Appended(expectedVersion + added.size())
        : new AppendResult.Conflict(expectedVersion, found[0]);
  }

  private static <E> ImmutableList<E> concat(@Nullable ImmutableList<E> old, ImmutableList<E> added) {
    if (old == null) {
      return added;
    }
    return ImmutableList.<E>builderWithExpectedSize(old.size() + added.size()).addAll(old).addAll(added).build();
  }

  @Override
  public ImmutableList<I> ids() {
    return ImmutableList.sortedCopyOf(histories.keySet());
  }

  /** The outbox messages stored and not yet drained, in the order their steps were stored. */
  public ImmutableList<M> messages() {
    return ImmutableList.copyOf(outbox);
  }

  /** Takes the stored outbox messages out, in order (what a relay does after delivering them). */
  public ImmutableList<M> drainMessages() {
    ImmutableList.Builder<M> out = ImmutableList.builder();
    for (M m = outbox.poll(); m != null; m = outbox.poll()) {
      out.add(m);
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "InMemoryEventStore[" + histories.size() + " cases, " + outbox.size() + " messages]";
  }
}
