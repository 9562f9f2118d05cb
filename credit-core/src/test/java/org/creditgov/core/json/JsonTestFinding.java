package org.creditgov.core.json;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Severity;

/** Finding types used only by the tests of this package; texts in test resources. */
enum JsonTestFinding implements FindingType {
  MISSING_BASIS(RequirementId.LB_2, Severity.ERROR),
  LATE(RequirementId.DES_4, Severity.WARNING),
  REVIEW_NEEDED(RequirementId.SAN_4, Severity.REVIEW);

  private final RequirementId requirement;
  private final Severity severity;

  JsonTestFinding(RequirementId requirement, Severity severity) {
    this.requirement = requirement;
    this.severity = severity;
  }

  @Override
  public String namespace() {
    return "json";
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
    return ResourceBundle.getBundle("org.creditgov.core.json.test-messages", locale);
  }
}
