package org.creditgov.rules.incentive;

import java.util.List;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;

/**
 * Incentive-list data is refused (INC-1): the typed exception of incentive-list loading and of
 * {@link IncentiveRegistry} building, listing every {@link DataProblem} found, each with its
 * location, code, requirement and messages. No partial list is ever returned beside it.
 *
 * <p>It is an {@link IllegalArgumentException}: list data built in Java code is an argument.
 */
public final class IncentiveListFormatException extends ReferenceDataException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public IncentiveListFormatException(List<DataProblem> problems) {
    super("incentive-list data", problems);
  }
}
