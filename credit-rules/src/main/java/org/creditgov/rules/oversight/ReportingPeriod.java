package org.creditgov.rules.oversight;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.creditgov.core.Bilingual;

/** The length of the periods an {@link OversightReport} counts by (OPS-2). */
public enum ReportingPeriod implements Bilingual {
  /** Calendar months. */
  MONTH("月度", "month"),
  /** Calendar quarters: January to March, April to June, July to September, October to December. */
  QUARTER("季度", "quarter"),
  /** Calendar years. */
  YEAR("年度", "year");

  private final String nameZh;
  private final String nameEn;

  ReportingPeriod(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /**
   * The first day of the period that holds {@code date}.
   *
   * @throws NullPointerException if {@code date} is null
   */
  public LocalDate startOf(LocalDate date) {
    requireNonNull(date, "date");
    return switch (this) {
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> LocalDate.of(date.getYear(), 1, 1);
    };
  }

  /**
   * The last day (inclusive) of the period that starts on {@code start}.
   *
   * @throws NullPointerException if {@code start} is null
   */
  public LocalDate lastDayFrom(LocalDate start) {
    requireNonNull(start, "start");
    return switch (this) {
      case MONTH -> start.plusMonths(1).minusDays(1);
      case QUARTER -> start.plusMonths(3).minusDays(1);
      case YEAR -> start.plusYears(1).minusDays(1);
    };
  }

  @Override
  public String nameZh() {
    return nameZh;
  }

  @Override
  public String nameEn() {
    return nameEn;
  }
}
