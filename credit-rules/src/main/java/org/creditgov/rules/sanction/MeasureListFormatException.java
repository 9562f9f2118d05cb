package org.creditgov.rules.sanction;

import java.util.List;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;

/**
 * Measure-list data is refused (SAN-1, SAN-2): the typed exception of measure-list loading and of
 * {@link MeasureListRegistry} building, listing every {@link DataProblem} found, each with its
 * location, code, requirement and messages. No partial list is ever returned beside it.
 *
 * <p>It is an {@link IllegalArgumentException}: list data built in Java code is an argument.
 */
public final class MeasureListFormatException extends ReferenceDataException {

  private static final long serialVersionUID = 2L;

  /**
   * An exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public MeasureListFormatException(List<DataProblem> problems) {
    super("measure-list data", problems);
  }
}
