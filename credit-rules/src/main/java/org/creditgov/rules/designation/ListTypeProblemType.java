package org.creditgov.rules.designation;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.data.ProblemType;

/**
 * The problems of list-type data beyond the generic ones of {@link
 * org.creditgov.core.data.DataProblemType} (DES-2). Codes are {@code designation.NAME}; texts are
 * in this package's {@code messages} bundle.
 */
public enum ListTypeProblemType implements ProblemType {
  /**
   * A list type of the national layer names a national list type it applies: only a local list
   * type applies one. Facts: {@code code} (code).
   */
  APPLIES_IN_NATIONAL_LAYER,
  /**
   * A list type built in code names another jurisdiction than its set's header. Facts: {@code code}
   * (code), {@code jurisdiction}, {@code setJurisdiction} (terms).
   */
  JURISDICTION_MISMATCH;

  @Override
  public String namespace() {
    return "designation";
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle("org.creditgov.rules.designation.messages", locale);
  }
}
