package org.creditgov.core.data;

import org.creditgov.core.text.MessageType;

/**
 * A kind of problem in reference data (a catalog, a measure list, a holiday calendar …): its stable
 * namespaced code and where its texts are. The library's generic kinds are {@link
 * DataProblemType}; a format with rules of its own declares an enum of further kinds.
 */
public interface ProblemType extends MessageType {

  /** The enum constant's name. */
  String name();

  /** The namespace of the code, such as {@code data} or {@code catalog}. */
  String namespace();

  /** {@code namespace.NAME}. */
  @Override
  default String code() {
    return namespace() + "." + name();
  }
}
