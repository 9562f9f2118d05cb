package org.creditgov.core.catalog;

import java.util.List;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;

/**
 * Catalog data or publication regimes are refused: the one typed exception of loading them and of
 * building them into registries, listing every {@link DataProblem} found, each with its location,
 * code ({@link CatalogProblemType} or {@link org.creditgov.core.data.DataProblemType}) and
 * requirement. No partial catalog or regime is ever returned beside it (CAT-2, CAT-3, CAT-4, CAT-6).
 *
 * <p>It is an {@link IllegalArgumentException}: catalog data built in Java code is an argument.
 */
public final class CatalogFormatException extends ReferenceDataException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public CatalogFormatException(List<DataProblem> problems) {
    super("catalog data", problems);
  }

  static void throwIfAny(List<DataProblem> problems) {
    if (!problems.isEmpty()) {
      throw new CatalogFormatException(problems);
    }
  }
}
