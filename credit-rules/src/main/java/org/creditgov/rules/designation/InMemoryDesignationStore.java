package org.creditgov.rules.designation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory {@link DesignationStore}: a concurrent map from id to an immutable history. An
 * append replaces the history inside {@link ConcurrentHashMap#compute}, which is atomic per key,
 * after comparing versions: that is the optimistic lock.
 */
final class InMemoryDesignationStore implements DesignationStore {

  private final ConcurrentHashMap<DesignationId, ImmutableList<DesignationEvent>> histories =
      new ConcurrentHashMap<>();

  @Override
  public ImmutableList<DesignationEvent> load(DesignationId id) {
    requireNonNull(id, "id");
    ImmutableList<DesignationEvent> history = histories.get(id);
    return history == null ? ImmutableList.of() : history;
  }

  @Override
  public AppendResult append(DesignationId id, long expectedVersion, List<? extends DesignationEvent> events) {
    requireNonNull(id, "id");
    checkArgument(expectedVersion >= 0, "expectedVersion must not be negative: %s", expectedVersion);
    ImmutableList<DesignationEvent> added = ImmutableList.copyOf(events);
    checkArgument(!added.isEmpty(), "nothing to append");
    for (int i = 0; i < added.size(); i++) {
      DesignationEvent e = added.get(i);
      checkArgument(e.designationId().equals(id), "an event of designation %s appended to %s", e.designationId(), id);
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
      return concat(old, added);
    });
    return found[0] < 0
        ? new AppendResult.Appended(expectedVersion + added.size())
        : new AppendResult.Conflict(expectedVersion, found[0]);
  }

  private static ImmutableList<DesignationEvent> concat(
      @Nullable ImmutableList<DesignationEvent> old, ImmutableList<DesignationEvent> added) {
    if (old == null) {
      return added;
    }
    return ImmutableList.<DesignationEvent>builderWithExpectedSize(old.size() + added.size())
        .addAll(old).addAll(added).build();
  }

  @Override
  public ImmutableList<DesignationId> ids() {
    return ImmutableList.sortedCopyOf(histories.keySet());
  }

  @Override
  public String toString() {
    return "InMemoryDesignationStore[" + histories.size() + " designations]";
  }
}
