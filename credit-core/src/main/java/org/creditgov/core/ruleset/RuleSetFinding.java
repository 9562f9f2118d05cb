package org.creditgov.core.ruleset;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Severity;

/** The finding every registry gives when no rule set of its kind is in force (CAT-4). */
public enum RuleSetFinding implements FindingType {
  /**
   * No rule set of the kind is in force in the jurisdiction on the date (for example a date before
   * the first version the registry holds): nothing is guessed. Facts: {@code kind} (term), {@code
   * jurisdiction} (term), {@code date} (date).
   */
  NOT_IN_FORCE;

  @Override
  public String namespace() {
    return "ruleset";
  }

  @Override
  public RequirementId requirement() {
    return RequirementId.CAT_4;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle("org.creditgov.core.ruleset.messages", locale);
  }
}
