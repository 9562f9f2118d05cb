package org.creditgov.rules.sanction;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.ProblemType;

/**
 * The kinds of problem only measure-list data can have, beyond the generic kinds of {@link
 * org.creditgov.core.data.DataProblemType} (a missing key, a bad code, a duplicate code, a basis
 * below the level required …): codes {@code sanction.NAME}, texts in this package's {@code
 * messages*.properties}. Each kind serves the requirement {@link #requirement()} names, and every
 * problem of it carries that requirement.
 */
public enum MeasureListProblemType implements ProblemType {
  /**
   * A measure's kind and the kinds of body that implement it do not fit: a measure of public
   * bodies is implemented by public bodies only, one organisations take of their own accord never
   * by a public body (SAN-1, SAN-5). Facts: {@code measure} (code), {@code kind} (term: the
   * measure's kind), {@code bodyKinds} (terms: the kinds of body the list gives).
   */
  BODY_KIND_MISMATCH(RequirementId.SAN_1),
  /**
   * A measure says it may apply to minors but not to natural persons (SAN-4). Facts: {@code
   * measure} (code).
   */
  MINORS_WITHOUT_NATURAL_PERSONS(RequirementId.SAN_4),
  /**
   * A measure on the responsible persons of listed organisations does not apply to natural
   * persons or targets no list (SAN-1). Facts: {@code measure} (code).
   */
  RESPONSIBLE_PERSONS_WITHOUT_LIST(RequirementId.SAN_1),
  /** A measure's maximum duration is not positive (SAN-3). Facts: {@code measure} (code), {@code maximum} (period). */
  MAXIMUM_NOT_POSITIVE(RequirementId.SAN_3),
  /** A measure cites no legal basis (SAN-2). Facts: {@code measure} (code). */
  NO_LEGAL_BASIS(RequirementId.SAN_2),
  /**
   * A measure lists none of something it must list at least one of: fields, business contexts,
   * subject types or kinds of implementing body (SAN-1). Facts: {@code measure} (code), {@code what}
   * (term: what is missing).
   */
  NONE_LISTED(RequirementId.SAN_1);

  private final RequirementId requirement;

  MeasureListProblemType(RequirementId requirement) {
    this.requirement = requirement;
  }

  /** {@code sanction}. */
  @Override
  public String namespace() {
    return "sanction";
  }

  /** The requirement every problem of this kind serves. */
  public RequirementId requirement() {
    return requirement;
  }

  /**
   * The texts of this package, loaded from this module.
   *
   * @throws java.util.MissingResourceException if the bundle is missing
   */
  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle("org.creditgov.rules.sanction.messages", locale);
  }
}
