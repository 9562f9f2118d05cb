package org.creditgov.core.catalog;

import java.time.LocalDate;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * That a record stopped being published or shared (REP-3): what stopped ({@link StopKind}), from
 * which day (the first day it is no longer published or shared: the day a repair approval takes
 * effect), why, and by which document.
 *
 * <p>The publication state of a record lives here, in the catalog, so that every reader of records
 * — the disclosure view in credit-privacy, {@code CreditCheck} and incentives in credit-rules —
 * reads one state and no caller filters repaired records by hand. {@link PublicationStates}
 * answers it for a record; credit-rules' repair procedure writes it when a repair is approved.
 */
@Value.Immutable
@CreditStyle
public abstract class PublicationStop {

  PublicationStop() {} // subclassed only by the generated implementation

  /**
   * Publication stopped from {@code stoppedOn} for {@code reason} by {@code document}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static PublicationStop of(LocalDate stoppedOn, StopReason reason, String document) {
    return of(StopKind.PUBLICATION, stoppedOn, reason, document);
  }

  /**
   * A stop of {@code kind} from {@code stoppedOn} for {@code reason} by {@code document}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static PublicationStop of(StopKind kind, LocalDate stoppedOn, StopReason reason, String document) {
    return ImmutablePublicationStop.builder().kind(kind).stoppedOn(stoppedOn).reason(reason).document(document).build();
  }

  /** What stopped: publication or sharing. */
  public abstract StopKind kind();

  /** The first day the record is no longer published (or shared). */
  public abstract LocalDate stoppedOn();

  /** Why. */
  public abstract StopReason reason();

  /** The number of the document that stopped it (the repair decision). */
  public abstract String document();

  /** Whether the record is stopped on {@code date}. */
  public boolean stoppedBy(LocalDate date) {
    return !date.isBefore(stoppedOn());
  }
}
