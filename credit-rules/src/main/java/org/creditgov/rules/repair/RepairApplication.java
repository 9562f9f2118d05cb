package org.creditgov.rules.repair;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.creditgov.core.subject.SubjectRef;

/**
 * An application for credit repair (REP-2): who applies (the subject by reference), for which
 * information, on which day, to which department (the unit that decided the information, 认定单位,
 * or the platform that aggregated it), with which materials, and which further conditions the
 * applicant attests. Repair is free: an application carries no fee. The subject appears only by
 * reference (masked when printed).
 *
 * @param subject the subject
 * @param information the information to repair
 * @param appliedOn the application date
 * @param department the department applied to
 * @param materials the materials
 * @param attested the further conditions attested (not penalised again, not on other lists, others by law)
 */
public record RepairApplication(SubjectRef subject, RepairedInformation information, LocalDate appliedOn,
    String department, Set<Material> materials, Set<RepairCondition> attested) {

  /**
   * @throws IllegalArgumentException if the application precedes the decision, or the department is blank
   * @throws NullPointerException if an argument is null
   */
  public RepairApplication {
    requireNonNull(subject, "subject");
    requireNonNull(information, "information");
    if (requireNonNull(appliedOn, "appliedOn").isBefore(information.decisionDate())) {
      throw new IllegalArgumentException("an application cannot precede the decision it concerns");
    }
    if (requireNonNull(department, "department").isBlank()) {
      throw new IllegalArgumentException("the department applied to is mandatory");
    }
    materials = ImmutableSet.copyOf(materials);
    attested = ImmutableSet.copyOf(attested);
  }

  /**
   * The conditions the application shows met: those attested, fulfilment by the proof (or a court
   * ruling approving a restructuring or settlement) and the commitment by its letter.
   */
  public Set<RepairCondition> conditionsMet() {
    EnumSet<RepairCondition> met = EnumSet.noneOf(RepairCondition.class);
    met.addAll(attested);
    met.remove(RepairCondition.OBLIGATIONS_FULFILLED); // shown by a material, never by attestation
    met.remove(RepairCondition.CREDIT_COMMITMENT);
    if (materials.contains(Material.PROOF_OF_FULFILMENT) || materials.contains(Material.COURT_RULING_ON_RESTRUCTURING)) {
      met.add(RepairCondition.OBLIGATIONS_FULFILLED);
    }
    if (materials.contains(Material.COMMITMENT_LETTER)) {
      met.add(RepairCondition.CREDIT_COMMITMENT);
    }
    return met;
  }

  /** The case the regimes judge. */
  public RepairCase toCase() {
    RepairedInformation i = information;
    return new RepairCase(i.jurisdiction(), i.series(), i.kind(), i.severityClass(), i.decisionDate(), appliedOn,
        conditionsMet(), i.characteristics());
  }
}
