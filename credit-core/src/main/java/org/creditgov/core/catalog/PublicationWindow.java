package org.creditgov.core.catalog;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * When a record of a public item is published (CAT-6): from the decision date, the earliest day an
 * early end (or repair) may take effect, and the first day it is no longer published by itself.
 * Computed by {@link ResolvedCatalog#publicationWindow(CreditRecord)}.
 */
@Value.Immutable
@CreditStyle
public abstract class PublicationWindow {

  PublicationWindow() {} // subclassed only by the generated ImmutablePublicationWindow

  /** A builder, for tests and for modules that compute windows of their own (credit repair). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's attributes, to build a copy with some of them changed: a
   * single-valued attribute set again replaces the copied value, an {@code add…} adds to the copied
   * elements.
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The builder of {@link PublicationWindow}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutablePublicationWindow.Builder {
    Builder() {}
  }

  /** The first day of publication: the date of the decision document. */
  public abstract LocalDate start();

  /** The first day an early end may take effect (start plus the minimum); empty if none is set. */
  public abstract Optional<LocalDate> earliestEarlyEnd();

  /** The first day the record is no longer published (start plus the maximum); empty if open-ended. */
  public abstract Optional<LocalDate> automaticEnd();

  /** Whether the record is published unless decided otherwise. */
  public abstract boolean publishedByDefault();

  /** The id of the regime whose period applies; empty for a period the catalog item fixes. */
  public abstract Optional<String> regimeId();

  /** Whether the record is published on {@code date}, absent an early end. */
  public boolean isPublishedOn(LocalDate date) {
    return publishedByDefault()
        && !date.isBefore(start())
        && automaticEnd().map(date::isBefore).orElse(true);
  }

  @Value.Check
  void check() {
    if (automaticEnd().isPresent() && automaticEnd().get().isBefore(start())) {
      throw new IllegalArgumentException("a publication window ends before it starts");
    }
  }
}
