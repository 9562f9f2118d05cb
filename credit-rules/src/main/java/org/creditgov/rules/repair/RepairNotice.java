package org.creditgov.rules.repair;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The credit-repair notice (信用修复告知书) delivered with a penalty or listing decision (两书同达,
 * REP-6; 国办发〔2025〕22号), generated from the regime in force on the decision's date: which regime,
 * from which day repair may be applied for (the day after the minimum period, or the decision day
 * itself for minor information repairable once the obligation is fulfilled), the last day the
 * information is published if not repaired, the conditions and materials, the time limits, and that
 * repair is free. Built by {@link RepairRegimes#notice}.
 *
 * @param regimeId the repair regime
 * @param kind the kind of information
 * @param decisionDate the decision's date
 * @param earliestApplication the first day repair may be applied for, if the periods are known
 * @param lastDayPublished the last day the information is published without repair, if known
 * @param conditions the conditions of repair
 * @param materials the materials to bring
 * @param feedbackWorkingDays the platform's feedback time limit
 * @param decisionWorkingDays the authority's decision time limit
 */
public record RepairNotice(String regimeId, InformationKind kind, LocalDate decisionDate, Optional<LocalDate> earliestApplication,
    Optional<LocalDate> lastDayPublished, Set<RepairCondition> conditions, ImmutableList<Material> materials,
    OptionalInt feedbackWorkingDays, OptionalInt decisionWorkingDays) {

  /** Checks for nulls. */
  public RepairNotice {
    requireNonNull(regimeId, "regimeId");
    requireNonNull(kind, "kind");
    requireNonNull(decisionDate, "decisionDate");
    requireNonNull(earliestApplication, "earliestApplication");
    requireNonNull(lastDayPublished, "lastDayPublished");
    conditions = Set.copyOf(conditions);
    requireNonNull(materials, "materials");
    requireNonNull(feedbackWorkingDays, "feedbackWorkingDays");
    requireNonNull(decisionWorkingDays, "decisionWorkingDays");
  }

  /** Repair is free (policy-facts §3g): always true, stated on every notice. */
  public boolean freeOfCharge() {
    return true;
  }
}
