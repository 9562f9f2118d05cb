package org.creditgov.privacy.query;

import java.time.LocalTime;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.time.WorkingDayCalendar;
import org.immutables.value.Value;

/**
 * When the gateway flags a query for review (SEC-1): the number of queries an officer may make in
 * a day before the next is flagged, office hours on working days, and the number of refusals in a
 * day from which an officer's queries are flagged. The defaults are this library's assumptions,
 * not figures from a rule: set your department's own.
 */
@Value.Immutable
@CreditStyle
public abstract class QueryOptions {

  QueryOptions() {} // subclassed only by the generated implementation

  private static final QueryOptions DEFAULTS = builder().build();

  /** The defaults: 50 queries a day, 08:00–18:00 on working days, 3 refusals. */
  public static QueryOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The queries an officer may make in a day; the next one is flagged. */
  @Value.Default
  public int dailyLimit() {
    return 50;
  }

  /** The start of office hours (inclusive), in China. */
  @Value.Default
  public LocalTime officeHoursFrom() {
    return LocalTime.of(8, 0);
  }

  /** The end of office hours (exclusive), in China. */
  @Value.Default
  public LocalTime officeHoursUntil() {
    return LocalTime.of(18, 0);
  }

  /** The refusals in a day from which an officer's queries are flagged. */
  @Value.Default
  public int refusalThreshold() {
    return 3;
  }

  /** The calendar that says which days are working days. */
  @Value.Default
  public WorkingDayCalendar calendar() {
    return WorkingDayCalendar.china();
  }

  @Value.Check
  void check() {
    if (dailyLimit() < 1 || refusalThreshold() < 1 || !officeHoursFrom().isBefore(officeHoursUntil())) {
      throw new IllegalArgumentException("a daily limit and a refusal threshold of at least 1, and office hours that end after they start");
    }
  }

  /** Builds {@link QueryOptions}. */
  public static final class Builder extends ImmutableQueryOptions.Builder {
    Builder() {}
  }
}
