package org.creditgov.rules.repair;

import java.util.List;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;

/**
 * Repair-regime data is refused (REP-4): the one typed exception of reading a repair-regimes file
 * ({@code creditgov-repair-regimes/1}), building a {@link RepairRegime} and building {@link
 * RepairRegimes}. It lists every {@link DataProblem}; nothing half-loaded is returned beside it.
 */
public final class RepairRegimeDataException extends ReferenceDataException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public RepairRegimeDataException(List<DataProblem> problems) {
    super("repair-regime data", problems);
  }
}
