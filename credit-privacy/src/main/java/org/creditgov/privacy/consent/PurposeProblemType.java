package org.creditgov.privacy.consent;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.data.ProblemType;

/**
 * The problems of a purpose catalog of its own kind (PRI-1), beside the generic ones of {@code
 * org.creditgov.core.data.DataProblemType}; namespace {@code purpose}.
 */
public enum PurposeProblemType implements ProblemType {
  /** A purpose's consent may last no time, or a negative time. Facts: {@code purpose} (code). */
  VALIDITY_NOT_POSITIVE,
  /** A purpose that no consent may found requires written consent. Facts: {@code purpose} (code). */
  WRITTEN_WITHOUT_CONSENT;

  @Override
  public String namespace() {
    return "purpose";
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle("org.creditgov.privacy.consent.messages", locale);
  }
}
