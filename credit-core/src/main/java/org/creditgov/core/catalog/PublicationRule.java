package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableList;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.catalog.CatalogProblem.Reason;
import org.immutables.value.Value;

/**
 * How long a public item's records are published (公开期限, CAT-3, CAT-6), counted from the date
 * of the decision document.
 *
 * <ul>
 *   <li>{@link Kind#REGIME}: the period of the record's {@link SeverityClass} under the {@link
 *       PublicationRegime} in force on the decision date, of the first of {@link #series()} that
 *       has one (a sector overlay such as market regulation first, then the national series);
 *   <li>{@link Kind#FIXED}: a minimum and maximum the catalog itself sets for the item;
 *   <li>{@link Kind#OPEN}: published with no automatic end (registration information, published
 *       while it is current).
 * </ul>
 */
@Value.Immutable
@CreditStyle
public abstract class PublicationRule {

  PublicationRule() {} // subclassed only by the generated ImmutablePublicationRule

  /** The kinds of rule. */
  public enum Kind {
    /** By the regime in force for the severity class. */
    REGIME,
    /** A fixed minimum and maximum. */
    FIXED,
    /** No automatic end. */
    OPEN
  }

  /**
   * By the regimes of the given series, first match first.
   *
   * @throws CatalogFormatException if no series is given or one is blank
   */
  public static PublicationRule regime(Iterable<String> series) {
    return builder().kind(Kind.REGIME).addAllSeries(series).build();
  }

  /**
   * A fixed period: at least {@code minimum} (empty: early end at any time) and at most {@code
   * maximum}.
   *
   * @throws CatalogFormatException if a period is negative or zero, or the minimum is above the maximum
   */
  public static PublicationRule fixed(Optional<Period> minimum, Period maximum) {
    return builder().kind(Kind.FIXED).minimum(minimum).maximum(maximum).build();
  }

  /** Published with no automatic end. */
  public static PublicationRule open() {
    return builder().kind(Kind.OPEN).build();
  }

  /** A builder, for loaders. */
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
   * The builder of {@link PublicationRule}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutablePublicationRule.Builder {
    Builder() {}
  }

  /** The kind of rule. */
  public abstract Kind kind();

  /** For {@link Kind#REGIME}: the regime series to consult, in order. */
  public abstract ImmutableList<String> series();

  /** For {@link Kind#FIXED}: the minimum period before an early end may be asked for. */
  public abstract Optional<Period> minimum();

  /** For {@link Kind#FIXED}: the maximum period, after which publication ends by itself. */
  public abstract Optional<Period> maximum();

  /** @throws CatalogFormatException listing every inconsistency */
  @Value.Check
  void check() {
    List<CatalogProblem> problems = new ArrayList<>();
    boolean regime = kind() == Kind.REGIME;
    boolean fixed = kind() == Kind.FIXED;
    if (regime == series().isEmpty() || series().stream().anyMatch(String::isBlank)) {
      problems.add(
          CatalogProblem.of(
              Reason.PUBLICATION_RULE_INVALID, "publication", "/series",
              "a REGIME rule names one or more regime series; the other kinds name none"));
    }
    if (!fixed && (minimum().isPresent() || maximum().isPresent())) {
      problems.add(
          CatalogProblem.of(
              Reason.PUBLICATION_RULE_INVALID, "publication", "/maximum",
              "only a FIXED rule has a minimum and maximum"));
    }
    if (fixed && maximum().isEmpty()) {
      problems.add(
          CatalogProblem.of(Reason.PUBLICATION_RULE_INVALID, "publication", "/maximum", "a FIXED rule needs a maximum"));
    }
    CatalogRules.checkPeriods(minimum(), maximum(), "publication", problems);
    CatalogRules.throwIfAny(problems);
  }
}
