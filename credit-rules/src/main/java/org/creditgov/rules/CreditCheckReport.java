package org.creditgov.rules;

import java.util.Optional;
import org.creditgov.core.verdict.RuleSetVersion;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.incentive.Incentive;
import org.creditgov.rules.sanction.BusinessContext;
import org.creditgov.rules.sanction.Measure;

/**
 * The automatic reminder a departmental system shows its officer (OPS-1; seed §三.(三)): the
 * sanction measures that apply to the subject in the business context, each with the verdict of
 * the sanction check on the request the reminder proposes, and the incentives offered in the
 * context, each with its eligibility verdict. Immutable; holds no personal data.
 *
 * @param context the business context checked
 * @param date the date checked
 * @param measureListVersion the measure-list version applied; empty when no list is in force
 * @param measures the measures that apply, in list order
 * @param incentives the incentives offered in the context for the subject's type, in list order
 * @param unmappedItems codes of record items that have no field mapping, so no measure could consider them
 */
public record CreditCheckReport(
    BusinessContext context,
    LocalDate date,
    Optional<RuleSetVersion> measureListVersion,
    ImmutableList<MeasureReminder> measures,
    ImmutableList<IncentiveReminder> incentives,
    ImmutableSet<String> unmappedItems) {

  /**
   * A report; see the record components.
   *
   * @throws NullPointerException if a component is null
   */
  public CreditCheckReport {
    requireNonNull(context, "context");
    requireNonNull(date, "date");
    requireNonNull(measureListVersion, "measureListVersion");
    requireNonNull(measures, "measures");
    requireNonNull(incentives, "incentives");
    requireNonNull(unmappedItems, "unmappedItems");
  }

  /**
   * A measure that applies, with the verdict of the request the reminder proposes.
   *
   * @param measure the measure
   * @param verdict the sanction check's verdict (SAN-1 … SAN-6)
   */
  public record MeasureReminder(Measure measure, Verdict verdict) {
    /**
     * A reminder.
     *
     * @throws NullPointerException if a component is null
     */
    public MeasureReminder {
      requireNonNull(measure, "measure");
      requireNonNull(verdict, "verdict");
    }
  }

  /**
   * An incentive offered in the context, with its eligibility verdict.
   *
   * @param incentive the incentive
   * @param verdict allowed when the subject is eligible (INC-1)
   */
  public record IncentiveReminder(Incentive incentive, Verdict verdict) {
    /**
     * A reminder.
     *
     * @throws NullPointerException if a component is null
     */
    public IncentiveReminder {
      requireNonNull(incentive, "incentive");
      requireNonNull(verdict, "verdict");
    }
  }
}
