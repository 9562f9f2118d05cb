package org.creditgov.rules.designation;

import java.util.List;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;

/**
 * List-type data is refused (DES-1, DES-2): the one typed exception of reading a list-type file
 * ({@code creditgov-list-types/1}), building a {@link ListTypeSet} and building a {@link
 * ListTypeRegistry}. It lists every {@link DataProblem} found, each with its source, JSON pointer,
 * line, code and messages; no partial set or registry is ever returned beside it.
 */
public final class ListTypeDataException extends ReferenceDataException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ListTypeDataException(List<DataProblem> problems) {
    super("list-type data", problems);
  }
}
