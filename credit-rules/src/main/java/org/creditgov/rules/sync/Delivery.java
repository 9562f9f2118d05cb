package org.creditgov.rules.sync;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The delivery of one change to one target (REP-3): its state, how often it was sent, and the day
 * the target acknowledged it.
 *
 * @param target the target
 * @param change the change
 * @param state where it stands
 * @param attempts how often it was sent
 * @param acknowledgedOn the day the target acknowledged it
 */
public record Delivery(SyncTarget target, Change change, DeliveryState state, int attempts, Optional<LocalDate> acknowledgedOn) {

  /** Checks for nulls. */
  public Delivery {
    requireNonNull(target, "target");
    requireNonNull(change, "change");
    requireNonNull(state, "state");
    requireNonNull(acknowledgedOn, "acknowledgedOn");
  }

  /** Whether it reached the target on the day the change took effect (当日同步). */
  public boolean sameDay() {
    return acknowledgedOn.filter(d -> !d.isAfter(change.on())).isPresent();
  }
}
