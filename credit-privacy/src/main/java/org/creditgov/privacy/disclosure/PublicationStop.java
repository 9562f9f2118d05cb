package org.creditgov.privacy.disclosure;

import java.time.LocalDate;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * That a record stopped being published (REP-3): from which day (the first day it is no longer
 * published: the day a repair approval takes effect), why, and by which document.
 *
 * <p>The seam until credit-core's catalog package carries a record's repair and publication state
 * itself (the repair work adds it there): {@link PublicationStates} turns that state into this
 * value, so the view does not depend on credit-rules.
 */
@Value.Immutable
@CreditStyle
public abstract class PublicationStop {

  PublicationStop() {} // subclassed only by the generated implementation

  /**
   * A stop from {@code stoppedOn} for {@code reason} by {@code document}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static PublicationStop of(LocalDate stoppedOn, StopReason reason, String document) {
    return ImmutablePublicationStop.builder().stoppedOn(stoppedOn).reason(reason).document(document).build();
  }

  /** The first day the record is no longer published. */
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
