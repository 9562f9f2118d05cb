package org.creditgov.privacy.rights;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Severity;

/**
 * The findings of the person's requests (namespace {@code rights}). {@code item} is a term,
 * {@code document} a document number (code), {@code at} an instant.
 */
public enum RightsFinding implements FindingType {
  /** A correction request is filed. Facts: {@code item}, {@code document}, {@code at}. */
  CORRECTION_FILED(RequirementId.PRI_1, Severity.INFO),
  /** The request concerns a listing or penalty record: it is filed as an objection. Facts: {@code item}, {@code document}, {@code at}. */
  OBJECTION_FILED(RequirementId.DES_4, Severity.INFO),
  /** No record of the person has this item and document number. Facts: {@code item}, {@code document}. */
  RECORD_NOT_FOUND(RequirementId.PRI_1, Severity.ERROR);

  private final RequirementId requirement;
  private final Severity severity;

  RightsFinding(RequirementId requirement, Severity severity) {
    this.requirement = requirement;
    this.severity = severity;
  }

  @Override
  public String namespace() {
    return "rights";
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
    return ResourceBundle.getBundle("org.creditgov.privacy.rights.messages", locale);
  }
}
