package org.creditgov.rules.designation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A thread-safe in-memory {@link DesignationOutbox}: a queue that consumers drain. */
public final class InMemoryDesignationOutbox implements DesignationOutbox {

  private final ConcurrentLinkedQueue<ListingChange> queue = new ConcurrentLinkedQueue<>();

  /** An empty outbox. */
  public InMemoryDesignationOutbox() {}

  @Override
  public void publish(ListingChange change) {
    queue.add(requireNonNull(change, "change"));
  }

  /** Removes and returns every queued change, oldest first. */
  public ImmutableList<ListingChange> drain() {
    ImmutableList.Builder<ListingChange> drained = ImmutableList.builder();
    for (ListingChange c = queue.poll(); c != null; c = queue.poll()) {
      drained.add(c);
    }
    return drained.build();
  }

  /** The queued changes, oldest first, without removing them. */
  public ImmutableList<ListingChange> pending() {
    return ImmutableList.copyOf(queue);
  }

  @Override
  public String toString() {
    return "InMemoryDesignationOutbox[" + queue.size() + " pending]";
  }
}
