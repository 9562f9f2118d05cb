package org.creditgov.core.time;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.data.ProblemType;

/**
 * The kinds of problem holiday-calendar data can have, beyond the generic ones of {@code
 * org.creditgov.core.data.DataProblemType}: codes {@code time.NAME}, texts in {@code
 * org/creditgov/core/time/messages*.properties}. Each constant names its facts.
 */
public enum CalendarProblemType implements ProblemType {
  /** The first line of a CSV file is not the header. Facts: {@code expected} (code: the header). */
  HEADER,
  /** A CSV row does not have four columns. Facts: {@code found} (count). */
  COLUMNS,
  /** A CSV row's date is not written YYYY-MM-DD, or is no calendar date. */
  DATE,
  /** A CSV row's kind is neither {@code off} nor {@code workday}. Facts: {@code kind} (code: what was found). */
  KIND,
  /** A date is declared twice, or declared otherwise than a notice already loaded declares it. Facts: {@code date}. */
  DUPLICATE_DATE,
  /** An adjusted working day (调休上班) that is not a Saturday or Sunday. Facts: {@code date}, {@code dayOfWeek} (term). */
  WORKDAY_NOT_WEEKEND,
  /** A date outside the years the data covers (a notice for year Y covers Y and December of Y - 1). Facts: {@code date}, {@code firstYear}, {@code lastYear} (counts). */
  OUT_OF_RANGE,
  /** A year that does not join the years already covered: calendars cover years without gaps. Facts: {@code year}, {@code firstYear}, {@code lastYear} (counts). */
  COVERAGE,
  /** Two notices for the same year. Facts: {@code year} (count). */
  DUPLICATE_YEAR;

  @Override
  public String namespace() {
    return "time";
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle("org.creditgov.core.time.messages", locale);
  }
}
