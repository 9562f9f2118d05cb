package org.creditgov.core.time;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/**
 * Holiday data that cannot be loaded. Lists every problem found, each with its location
 * ({@code source:line}) and a reason code; a calendar is either loaded whole or not at all.
 */
public final class CalendarDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with a row or with the file. */
  public enum Reason {
    /** The file could not be read. */
    UNREADABLE,
    /** The header is not {@code date,kind,holiday,source}. */
    HEADER,
    /** A row does not have four comma-separated columns. */
    COLUMNS,
    /** The date is not an ISO date (yyyy-MM-dd). */
    DATE,
    /** The kind is neither {@code off} nor {@code workday}. */
    KIND,
    /** The same date appears twice. */
    DUPLICATE,
    /** An adjusted working day ({@code workday}) that is not a Saturday or Sunday. */
    WORKDAY_NOT_WEEKEND,
    /** A date outside the years the data is declared to cover. */
    OUT_OF_RANGE,
    /** The declared years do not join the calendar being extended. */
    COVERAGE
  }

  /** One problem: where, why (a reason code) and what. */
  public static final class Problem {
    private final String location;
    private final Reason reason;
    private final String detail;

    Problem(String location, Reason reason, String detail) {
      this.location = location;
      this.reason = reason;
      this.detail = detail;
    }

    /** {@code source:line}, or the source alone for a problem of the whole file. */
    public String location() {
      return location;
    }

    /** The reason code. */
    public Reason reason() {
      return reason;
    }

    /** A short English description. */
    public String detail() {
      return detail;
    }

    @Override
    public String toString() {
      return location + ": [" + reason + "] " + detail;
    }
  }

  private final ImmutableList<Problem> problems;

  CalendarDataException(ImmutableList<Problem> problems) {
    super(
        problems.size()
            + " problem(s) in holiday data / 节假日数据有误:\n"
            + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = problems;
  }

  /** Every problem found, in file order. */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
