package org.creditgov.rules.incentive;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.ProblemType;

/**
 * The kinds of problem only incentive-list data can have, beyond the generic kinds of {@link
 * org.creditgov.core.data.DataProblemType} (a missing key, a bad code, a duplicate code, a local
 * instrument of another jurisdiction …): codes {@code incentive.NAME}, texts in this package's
 * {@code messages*.properties}. Every problem of these kinds serves INC-1.
 */
public enum IncentiveListProblemType implements ProblemType {
  /** An incentive cites no legal basis. Facts: {@code incentive} (code). */
  NO_LEGAL_BASIS,
  /**
   * An incentive lists none of something it must list at least one of: business contexts, subject
   * types or eligibility conditions. Facts: {@code incentive} (code), {@code what} (term: what is missing).
   */
  NONE_LISTED;

  /** {@code incentive}. */
  @Override
  public String namespace() {
    return "incentive";
  }

  /** INC-1, which every problem of these kinds serves. */
  public RequirementId requirement() {
    return RequirementId.INC_1;
  }

  /**
   * The texts of this package, loaded from this module.
   *
   * @throws java.util.MissingResourceException if the bundle is missing
   */
  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle("org.creditgov.rules.incentive.messages", locale);
  }
}
