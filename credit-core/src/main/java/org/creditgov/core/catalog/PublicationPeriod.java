package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.data.DataProblem;
import org.immutables.value.Value;

/**
 * The publication period a {@link PublicationRegime} sets for one {@link SeverityClass}: whether
 * such information is published by default, the minimum period before an early end (or repair)
 * may be asked for, and the maximum after which publication ends by itself, all counted from the
 * date of the decision document. Shared with credit repair, whose earliest application date is
 * the end of the minimum period.
 */
@Value.Immutable
@CreditStyle
public abstract class PublicationPeriod {

  PublicationPeriod() {} // subclassed only by the generated ImmutablePublicationPeriod

  /** A builder; severityClass and maximum are mandatory, publishedByDefault defaults to true. */
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
   * The builder of {@link PublicationPeriod}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutablePublicationPeriod.Builder {
    Builder() {}
  }

  /** The class this period is for. */
  public abstract SeverityClass severityClass();

  /**
   * Whether information of this class is published unless decided otherwise (minor information
   * under 国办发〔2025〕22号 is not: only where the sector authority finds publication necessary).
   */
  @Value.Default
  public boolean publishedByDefault() {
    return true;
  }

  /**
   * The minimum period before an early end may be asked for; empty where the regime sets none (or
   * none could be confirmed: see {@link #unconfirmed()}).
   */
  public abstract Optional<Period> minimum();

  /** The maximum period: publication ends by itself when it has passed. */
  public abstract Period maximum();

  /** Where the figures come from. */
  public abstract Optional<String> source();

  /** What about these figures is not confirmed by a primary source; empty if all is. */
  public abstract ImmutableList<String> unconfirmed();

  /**
   * The publication window of information of this class decided on {@code decision} (CAT-6), by
   * Civil Code Arts. 201–202: published from the decision date through the day the maximum period
   * ends, inclusive.
   */
  public PublicationWindow window(LocalDate decision, Optional<String> regimeId) {
    return PublicationWindow.of(decision, minimum(), Optional.of(maximum()), publishedByDefault(), regimeId);
  }

  /**
   * @throws CatalogFormatException if a period is zero or negative, or the minimum exceeds the
   *     maximum (CAT-6)
   */
  @Value.Check
  void check() {
    List<DataProblem> problems = new ArrayList<>();
    CatalogRules.periodProblems(minimum(), Optional.of(maximum()), "period " + severityClass(), "", problems);
    CatalogFormatException.throwIfAny(problems);
  }
}
