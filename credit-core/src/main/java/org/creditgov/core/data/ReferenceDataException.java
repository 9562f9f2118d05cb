package org.creditgov.core.data;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Reference data is refused: the one exception root of every loader and registry of the library
 * (catalogs, publication and repair regimes, measure and incentive lists, list types, holiday
 * calendars …). It lists every {@link DataProblem} found, each with its location, code,
 * requirement and messages; no partial value is ever returned beside it. Format-specific
 * subclasses (such as {@code CatalogFormatException}) say which format was being read.
 *
 * <p>It is an {@link IllegalArgumentException}: reference data built in Java code is an argument.
 */
public class ReferenceDataException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private static final int LISTED_IN_MESSAGE = 20;

  @SuppressWarnings("serial") // an ImmutableList of immutable values; never serialised in practice
  private final ImmutableList<DataProblem> problems;

  /**
   * An exception listing {@code problems}.
   *
   * @param what what was being read, for the message ("catalog data", "measure-list data" …)
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ReferenceDataException(String what, List<DataProblem> problems) {
    super(message(what, problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in document order where there is one. Never empty. */
  public ImmutableList<DataProblem> problems() {
    return problems;
  }

  private static String message(String what, List<DataProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ReferenceDataException needs at least one problem");
    }
    StringBuilder s = new StringBuilder(what).append(" refused, ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    problems.stream().limit(LISTED_IN_MESSAGE).forEach(p -> s.append("\n  ").append(p));
    if (problems.size() > LISTED_IN_MESSAGE) {
      s.append("\n  … and ").append(problems.size() - LISTED_IN_MESSAGE).append(" more");
    }
    return s.toString();
  }
}
