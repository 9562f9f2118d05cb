package org.creditgov.core.ruleset;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.text.Term;

/**
 * A kind of layered rule set (catalog, measure list, incentive list, publication regime …): its
 * code (as {@link org.creditgov.core.verdict.RuleSetVersion} writes it), its name in both
 * languages, the requirement its layering rules serve, whether a resolution needs a national layer
 * in force, the instrument that requires it to exist, and the exception its registry refuses data
 * with. Each module declares the kinds it owns as constants.
 */
public final class RuleSetKind {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleSetKind.class);

  private final String code;
  private final Term term;
  private final RequirementId requirement;
  private final boolean needsNationalLayer;
  private final LegalBasis foundingBasis;
  private final Function<List<DataProblem>, ? extends ReferenceDataException> refusal;

  private RuleSetKind(String code, Bilingual name, RequirementId requirement, boolean needsNationalLayer,
      LegalBasis foundingBasis, Function<List<DataProblem>, ? extends ReferenceDataException> refusal) {
    if (!Codes.isValid(code)) {
      throw new IllegalArgumentException("a kind's code is " + Codes.RULE + ": " + code);
    }
    this.code = code;
    this.term = Term.of(code, name);
    this.requirement = requireNonNull(requirement, "requirement");
    this.needsNationalLayer = needsNationalLayer;
    this.foundingBasis = requireNonNull(foundingBasis, "foundingBasis");
    this.refusal = requireNonNull(refusal, "refusal");
  }

  /**
   * A kind founded on 国办发〔2020〕49号.
   *
   * @param code the code, such as {@code catalog}
   * @param name the name in both languages, such as 公共信用信息目录 / catalog of public credit information
   * @param requirement the requirement its layering rules serve (CAT-4, SAN-1 …)
   * @param needsNationalLayer whether nothing is in force unless a national version is
   * @param refusal makes the exception a registry of this kind refuses data with
   */
  public static RuleSetKind of(String code, Bilingual name, RequirementId requirement, boolean needsNationalLayer,
      Function<List<DataProblem>, ? extends ReferenceDataException> refusal) {
    return new RuleSetKind(code, name, requirement, needsNationalLayer, Instruments.STATE_COUNCIL_OPINION_2020_49, refusal);
  }

  /** The same kind founded on another instrument. */
  public RuleSetKind foundedOn(LegalBasis basis) {
    return new RuleSetKind(code, term, requirement, needsNationalLayer, basis, refusal);
  }

  /** The code. */
  public String code() {
    return code;
  }

  /** The code and names, for messages. */
  public Term term() {
    return term;
  }

  /** The requirement the layering rules serve. */
  public RequirementId requirement() {
    return requirement;
  }

  /** Whether a resolution needs a national version in force. */
  public boolean needsNationalLayer() {
    return needsNationalLayer;
  }

  /** The instrument that requires rule sets of this kind (cited when none is in force). */
  public LegalBasis foundingBasis() {
    return foundingBasis;
  }

  /** The exception refusing {@code problems}; the refusal is logged at WARN (codes and sources only). */
  public ReferenceDataException refuse(List<DataProblem> problems) {
    LOG.warn("Reference data refused ({}): {}", code, DataProblem.summary(problems));
    return refusal.apply(problems);
  }

  @Override
  public String toString() {
    return code;
  }
}
