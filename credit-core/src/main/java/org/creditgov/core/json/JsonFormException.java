package org.creditgov.core.json;

import java.util.List;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;

/**
 * A canonical JSON document cannot be read: it is not JSON, names a format this form does not read,
 * breaks the form's structure, or holds a value its type refuses. It lists the problem (the
 * decoder stops at the first) with its code, source, JSON pointer, line and column, and messages
 * in both languages; no partial value is returned beside it.
 */
public final class JsonFormException extends ReferenceDataException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JsonFormException(List<DataProblem> problems) {
    super("canonical JSON", problems);
  }
}
