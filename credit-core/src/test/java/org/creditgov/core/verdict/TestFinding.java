package org.creditgov.core.verdict;

import org.creditgov.core.RequirementId;
import java.util.Locale;
import java.util.ResourceBundle;

/** Finding types used only by the tests of this package; messages in test resources. */
enum TestFinding implements FindingType {
  BASIS_BELOW_LEVEL(RequirementId.LB_2, Severity.ERROR),
  LENIENCY_NOT_ASSESSED(RequirementId.SAN_4, Severity.REVIEW),
  LATE_ANSWER(RequirementId.DES_4, Severity.WARNING),
  NO_MESSAGE(RequirementId.P_1, Severity.INFO);

  private final RequirementId requirement;
  private final Severity severity;

  TestFinding(RequirementId requirement, Severity severity) {
    this.requirement = requirement;
    this.severity = severity;
  }

  @Override
  public String namespace() {
    return "test";
  }

  @Override
  public RequirementId requirement() {
    return requirement;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle("org.creditgov.core.verdict.test-messages", locale);
  }
}
