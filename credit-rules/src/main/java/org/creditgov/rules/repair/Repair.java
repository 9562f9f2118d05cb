package org.creditgov.rules.repair;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A repair case as its events make it (REP-2): replayed from its history, never stored as state.
 * Its status, the application, the regime that governs it, the day it was accepted (the receipt the
 * decision's time limit counts from), the decision and the feedback deadline. Immutable.
 */
public final class Repair {

  private final RepairId id;
  private final long version;
  private final RepairStatus status;
  private final RepairEvent.Applied applied;
  private final @Nullable LocalDate acceptedOn;
  private final @Nullable RepairDecision decision;
  private final @Nullable LocalDate closedOn;
  private final ImmutableList<RepairEvent> events;

  private Repair(ImmutableList<RepairEvent> events, RepairStatus status, RepairEvent.Applied applied,
      @Nullable LocalDate acceptedOn, @Nullable RepairDecision decision, @Nullable LocalDate closedOn) {
    this.events = events;
    this.id = applied.repairId();
    this.version = events.size();
    this.status = status;
    this.applied = applied;
    this.acceptedOn = acceptedOn;
    this.decision = decision;
    this.closedOn = closedOn;
  }

  /**
   * The case its history makes, oldest event first.
   *
   * @throws IllegalArgumentException if the history is empty, does not start with the application,
   *     has gaps in its versions, mixes cases, or has a step its status does not allow
   */
  public static Repair replay(List<? extends RepairEvent> history) {
    checkArgument(!history.isEmpty(), "an empty history");
    Repair r = null;
    for (RepairEvent e : history) {
      r = r == null ? start(e) : r.then(e);
    }
    return requireNonNull(r);
  }

  private static Repair start(RepairEvent e) {
    checkArgument(e instanceof RepairEvent.Applied && e.version() == 1, "a history starts with the application, version 1");
    return new Repair(ImmutableList.of(e), RepairStatus.APPLIED, (RepairEvent.Applied) e, null, null, null);
  }

  /**
   * The case after {@code e}.
   *
   * @throws IllegalArgumentException if {@code e} is not this case's next event or its status does not allow it
   */
  public Repair then(RepairEvent e) {
    checkArgument(e.repairId().equals(id), "an event of %s applied to %s", e.repairId(), id);
    checkArgument(e.version() == version + 1, "version %s after %s", e.version(), version);
    ImmutableList<RepairEvent> next =
        ImmutableList.<RepairEvent>builderWithExpectedSize(events.size() + 1).addAll(events).add(e).build();
    if (e instanceof RepairEvent.Accepted a) {
      checkArgument(status == RepairStatus.APPLIED, "accepted while %s", status);
      return new Repair(next, RepairStatus.ACCEPTED, applied, a.on(), null, null);
    } else if (e instanceof RepairEvent.NotAccepted n) {
      checkArgument(status == RepairStatus.APPLIED, "not accepted while %s", status);
      return new Repair(next, RepairStatus.NOT_ACCEPTED, applied, null, null, n.on());
    } else if (e instanceof RepairEvent.Decided d) {
      checkArgument(status == RepairStatus.ACCEPTED, "decided while %s", status);
      return new Repair(next, d.decision().approves() ? RepairStatus.APPROVED : RepairStatus.REFUSED, applied,
          acceptedOn, d.decision(), d.on());
    } else if (e instanceof RepairEvent.Withdrawn w) {
      checkArgument(!status.isFinal(), "withdrawn while %s", status);
      return new Repair(next, RepairStatus.WITHDRAWN, applied, acceptedOn, null, w.on());
    }
    throw new IllegalArgumentException("a second application in one history");
  }

  /** The case. */
  public RepairId id() {
    return id;
  }

  /** Its events, oldest first: the history it was replayed from. */
  public ImmutableList<RepairEvent> events() {
    return events;
  }

  /** Its version: the number of its events. */
  public long version() {
    return version;
  }

  /** Where it stands. */
  public RepairStatus status() {
    return status;
  }

  /** The application. */
  public RepairApplication application() {
    return applied.application();
  }

  /** The id of the regime that governs it. */
  public String regimeId() {
    return applied.regimeId();
  }

  /** The feedback deadline recorded with the application. */
  public Optional<StepTiming> feedbackDue() {
    return applied.feedbackDue();
  }

  /** The day it was accepted (the receipt the decision's time limit counts from). */
  public Optional<LocalDate> acceptedOn() {
    return Optional.ofNullable(acceptedOn);
  }

  /** The decision, once decided. */
  public Optional<RepairDecision> decision() {
    return Optional.ofNullable(decision);
  }

  /** The day it reached a final status. */
  public Optional<LocalDate> closedOn() {
    return Optional.ofNullable(closedOn);
  }

  /** Whether it was approved with effect on or before {@code date}. */
  public boolean approvedBy(LocalDate date) {
    return status == RepairStatus.APPROVED && decision != null && !date.isBefore(decision.decidedOn());
  }

  /** Equal histories make equal cases. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Repair r && r.events.equals(events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  /** {@code R-1 v3 ACCEPTED}: no personal data. */
  @Override
  public String toString() {
    return id + " v" + version + " " + status;
  }
}
