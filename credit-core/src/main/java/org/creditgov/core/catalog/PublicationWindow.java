package org.creditgov.core.catalog;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * When a record of a public item is published (CAT-6), counted from the date of the decision
 * document by Civil Code Arts. 201–202 (policy-facts §7): a period of years or months from a
 * decision dated D ends on the corresponding day — the same day of the month, or the month's last
 * day where it has no such day — and that day is included. So a 3-year period decided on 2025-03-10
 * is published through 2028-03-10, and one decided on 2024-02-29 through 2027-02-28.
 *
 * <p>The names follow the library's convention: {@code lastDay…()} is inclusive, {@code …Until()}
 * is exclusive (the first day no longer published). Computed by {@link
 * ResolvedCatalog#publicationWindow(CreditRecord)}, or {@link #of} by credit repair.
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
   * The window of a record decided on {@code decision} with the given minimum and maximum periods
   * (either may be absent: no minimum before an early end, no automatic end), by Arts. 201–202.
   *
   * @throws NullPointerException if an argument is null
   */
  public static PublicationWindow of(LocalDate decision, Optional<Period> minimum, Optional<Period> maximum,
      boolean publishedByDefault, Optional<String> regimeId) {
    requireNonNull(decision, "decision");
    return builder()
        .start(decision)
        .lastDayOfMinimum(minimum.map(decision::plus))
        .lastDayPublished(maximum.map(decision::plus))
        .publishedByDefault(publishedByDefault)
        .regimeId(regimeId)
        .build();
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

  /**
   * The last day of the minimum period (the decision date plus the minimum, inclusive): an early end
   * (or credit repair) may take effect from the next day on. Empty where no minimum is set.
   */
  public abstract Optional<LocalDate> lastDayOfMinimum();

  /**
   * The last day the record is published by itself (the decision date plus the maximum, inclusive);
   * empty for a record published with no automatic end.
   */
  public abstract Optional<LocalDate> lastDayPublished();

  /**
   * The first day the record is no longer published by itself: the day after {@link
   * #lastDayPublished()} (exclusive); empty for a record published with no automatic end.
   */
  public Optional<LocalDate> publishedUntil() {
    return lastDayPublished().map(d -> d.plusDays(1));
  }

  /** Whether the record is published unless decided otherwise. */
  public abstract boolean publishedByDefault();

  /** The id of the regime whose period applies; empty for a period the catalog item fixes. */
  public abstract Optional<String> regimeId();

  /** Whether the record is published on {@code date}, absent an early end: from the start through the last day. */
  public boolean isPublishedOn(LocalDate date) {
    return publishedByDefault()
        && !date.isBefore(start())
        && lastDayPublished().map(last -> !date.isAfter(last)).orElse(true);
  }

  @Value.Check
  void check() {
    if (lastDayPublished().isPresent() && lastDayPublished().get().isBefore(start())) {
      throw new IllegalArgumentException("a publication window ends before it starts");
    }
    if (lastDayOfMinimum().isPresent() && lastDayOfMinimum().get().isBefore(start())) {
      throw new IllegalArgumentException("a minimum period ends before it starts");
    }
  }
}
