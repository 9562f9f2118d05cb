package org.creditgov.rules.sync;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The in-memory {@link SyncStore}: deliveries in a sorted concurrent map keyed by (target, change id). */
final class InMemorySyncStore implements SyncStore {

  private final ImmutableList<SyncTarget> targets;
  private final ConcurrentSkipListMap<String, Delivery> deliveries = new ConcurrentSkipListMap<>();

  InMemorySyncStore(List<SyncTarget> targets) {
    this.targets = ImmutableList.copyOf(targets);
    checkArgument(!this.targets.isEmpty(), "no target to deliver to");
  }

  private static String key(SyncTarget target, String changeId) {
    return target.code() + '\u0000' + changeId;
  }

  @Override
  public ImmutableList<Delivery> enqueue(Change change) {
    requireNonNull(change, "change");
    ImmutableList.Builder<Delivery> created = ImmutableList.builder();
    for (SyncTarget t : targets) {
      Delivery fresh = new Delivery(t, change, DeliveryState.PENDING, 0, Optional.empty());
      if (deliveries.putIfAbsent(key(t, change.changeId()), fresh) == null) {
        created.add(fresh);
      }
    }
    return created.build();
  }

  @Override
  public Delivery sent(SyncTarget target, String changeId) {
    return deliveries.compute(key(target, changeId), (k, d) -> {
      checkArgument(d != null, "no delivery of %s to %s", changeId, target.code());
      return new Delivery(d.target(), d.change(), d.state() == DeliveryState.ACKNOWLEDGED ? d.state() : DeliveryState.SENT,
          d.attempts() + 1, d.acknowledgedOn());
    });
  }

  @Override
  public Delivery acknowledged(SyncTarget target, String changeId, LocalDate day) {
    requireNonNull(day, "day");
    return deliveries.compute(key(target, changeId), (k, d) -> {
      checkArgument(d != null, "no delivery of %s to %s", changeId, target.code());
      return d.state() == DeliveryState.ACKNOWLEDGED ? d
          : new Delivery(d.target(), d.change(), DeliveryState.ACKNOWLEDGED, d.attempts(), Optional.of(day));
    });
  }

  @Override
  public ImmutableList<Delivery> deliveries() {
    return ImmutableList.copyOf(deliveries.values());
  }

  @Override
  public ImmutableList<Delivery> unacknowledged(SyncTarget target) {
    return deliveries.values().stream().filter(d -> d.target().equals(target) && d.state() != DeliveryState.ACKNOWLEDGED)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "InMemorySyncStore[" + targets.size() + " targets, " + deliveries.size() + " deliveries]";
  }
}
