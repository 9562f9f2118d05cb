package org.creditgov.core.time;

import java.util.List;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;

/**
 * Holiday-calendar data that cannot be loaded (CSV, the JSON format {@code
 * creditgov-holiday-calendar/1}, or notices built in code): every {@link DataProblem} found at
 * once, each with its location (the line of a CSV row; the JSON pointer, line and column of a JSON
 * value), a code ({@link CalendarProblemType} {@code time.*}, or a generic {@code data.*}) and
 * messages in zh-CN and en. A calendar is either loaded whole or not at all.
 */
public final class CalendarDataException extends ReferenceDataException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public CalendarDataException(List<DataProblem> problems) {
    super("holiday-calendar data", problems);
  }
}
