package org.creditgov.rules.sanction;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Measure-list or incentive-list data is refused: the one typed exception of list loading and
 * registry building, listing every {@link MeasureListProblem} found, each with its location and
 * reason. No partial list is ever returned beside it (SAN-1, SAN-2, INC-1). The same shape as the
 * catalog's {@code CatalogFormatException}.
 *
 * <p>It is an {@link IllegalArgumentException}: list data built in Java code is an argument.
 */
public final class MeasureListFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private static final int LISTED_IN_MESSAGE = 20;

  @SuppressWarnings("serial") // an ImmutableList of immutable values; never serialised in practice
  private final ImmutableList<MeasureListProblem> problems;

  /**
   * An exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public MeasureListFormatException(List<MeasureListProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in document order where there is one. Never empty. */
  public ImmutableList<MeasureListProblem> problems() {
    return problems;
  }

  private static String message(List<MeasureListProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a MeasureListFormatException needs at least one problem");
    }
    StringBuilder s = new StringBuilder("list data refused, ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    problems.stream().limit(LISTED_IN_MESSAGE).forEach(p -> s.append("\n  ").append(p));
    if (problems.size() > LISTED_IN_MESSAGE) {
      s.append("\n  … and ").append(problems.size() - LISTED_IN_MESSAGE).append(" more");
    }
    return s.toString();
  }
}
