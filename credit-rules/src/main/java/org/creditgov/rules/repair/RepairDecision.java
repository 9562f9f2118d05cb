package org.creditgov.rules.repair;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.Bilingual;
import org.creditgov.core.legal.LegalBasis;

/**
 * The authority's decision on an accepted repair application (REP-2, REP-3): approve or refuse,
 * the decision document's number and date, the grounds and legal bases, the remedies a refused
 * applicant has, and whether the time limit was extended for a complex case. Approval ends, from
 * its date, the listing, the publication and sharing of the information and the sanctions founded
 * on it (REP-3, REP-5). Free texts are the record of the case: the service masks the subject's
 * identifier in them.
 *
 * @param outcome approve or refuse
 * @param documentNumber the decision document's number
 * @param decidedOn its date: the day the effects of an approval begin
 * @param grounds the grounds
 * @param legalBases the legal bases cited
 * @param remedies the remedies of a refusal (reconsideration, litigation)
 * @param extended whether the time limit was extended for a complex case
 */
public record RepairDecision(Outcome outcome, String documentNumber, LocalDate decidedOn, String grounds,
    List<LegalBasis> legalBases, Optional<String> remedies, boolean extended) {

  /** Approve or refuse. */
  public enum Outcome implements Bilingual {
    /** 准予信用修复. */
    APPROVE("准予信用修复", "repair approved"),
    /** 不予信用修复. */
    REFUSE("不予信用修复", "repair refused");

    private final String nameZh;
    private final String nameEn;

    Outcome(String nameZh, String nameEn) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
    }

    @Override
    public String nameZh() {
      return nameZh;
    }

    @Override
    public String nameEn() {
      return nameEn;
    }
  }

  /** Checks for nulls; the service judges completeness (a finding, not an exception). */
  public RepairDecision {
    requireNonNull(outcome, "outcome");
    requireNonNull(documentNumber, "documentNumber");
    requireNonNull(decidedOn, "decidedOn");
    requireNonNull(grounds, "grounds");
    legalBases = ImmutableList.copyOf(legalBases);
    requireNonNull(remedies, "remedies");
  }

  /** An approval. */
  public static RepairDecision approve(String documentNumber, LocalDate decidedOn, String grounds, List<LegalBasis> legalBases) {
    return new RepairDecision(Outcome.APPROVE, documentNumber, decidedOn, grounds, legalBases, Optional.empty(), false);
  }

  /** A refusal with its remedies. */
  public static RepairDecision refuse(String documentNumber, LocalDate decidedOn, String grounds, List<LegalBasis> legalBases,
      String remedies) {
    return new RepairDecision(Outcome.REFUSE, documentNumber, decidedOn, grounds, legalBases, Optional.of(remedies), false);
  }

  /** This decision, taken within an extended time limit. */
  public RepairDecision withExtension() {
    return new RepairDecision(outcome, documentNumber, decidedOn, grounds, legalBases, remedies, true);
  }

  /** Whether it approves. */
  public boolean approves() {
    return outcome == Outcome.APPROVE;
  }
}
