package org.creditgov.privacy.consent;

import java.util.List;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;

/**
 * Purpose-catalog data is refused (PRI-1): a file that does not read, or catalogs that do not fit
 * together in a {@link PurposeRegistry}. Lists every problem, located; no partial catalog is ever
 * returned beside it.
 */
public final class PurposeCatalogException extends ReferenceDataException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public PurposeCatalogException(List<DataProblem> problems) {
    super("purpose-catalog data", problems);
  }
}
