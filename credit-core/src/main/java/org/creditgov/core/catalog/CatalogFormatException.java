package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Catalog data is refused: the one typed exception of catalog loading and registry building,
 * listing every {@link CatalogProblem} found, each with its location and reason. No partial
 * catalog is ever returned beside it (CAT-2, CAT-3, CAT-4).
 *
 * <p>It is an {@link IllegalArgumentException}: catalog data built in Java code is an argument.
 */
public final class CatalogFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private static final int LISTED_IN_MESSAGE = 20;

  @SuppressWarnings("serial") // an ImmutableList of immutable values; never serialised in practice
  private final ImmutableList<CatalogProblem> problems;

  /**
   * An exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public CatalogFormatException(List<CatalogProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in document order where there is one. Never empty. */
  public ImmutableList<CatalogProblem> problems() {
    return problems;
  }

  private static String message(List<CatalogProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a CatalogFormatException needs at least one problem");
    }
    StringBuilder s =
        new StringBuilder("catalog data refused, ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem:" : " problems:");
    problems.stream().limit(LISTED_IN_MESSAGE).forEach(p -> s.append("\n  ").append(p));
    if (problems.size() > LISTED_IN_MESSAGE) {
      s.append("\n  … and ").append(problems.size() - LISTED_IN_MESSAGE).append(" more");
    }
    return s.toString();
  }
}
