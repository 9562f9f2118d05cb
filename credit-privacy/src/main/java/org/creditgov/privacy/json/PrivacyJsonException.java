package org.creditgov.privacy.json;

import java.util.List;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;

/**
 * A canonical JSON document of credit-privacy is not of its form: malformed JSON, a missing,
 * unknown or repeated key, a value of the wrong type or form. Lists the problems, each located by
 * JSON pointer, line and column; no partial value is returned beside it.
 */
public final class PrivacyJsonException extends ReferenceDataException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public PrivacyJsonException(List<DataProblem> problems) {
    super("canonical JSON", problems);
  }
}
