package org.creditgov.rules.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.ruleset.RuleSetFinding;
import org.creditgov.core.text.FactKey;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.junit.jupiter.api.Test;

/**
 * Which repair regime governs a case, decided by its dates (REP-4), and whether it may be repaired
 * under it (REP-1, REP-2): cases on both sides of 2023-05-01, 2025-06-22 and 2026-04-01, each class,
 * non-repairable information, a kind not repairable, a missing condition, a repair before the
 * minimum period, a sector case falling back to the national regime, nothing in force.
 */
class RepairRegimesTest {

  private static final RepairRegimes REGIMES = BundledRepairRegimes.registry();
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.china();
  private static final Set<RepairCondition> ALL_MET = Set.of(RepairCondition.OBLIGATIONS_FULFILLED,
      RepairCondition.CREDIT_COMMITMENT, RepairCondition.OTHER_BY_LAW, RepairCondition.NOT_PENALISED_AGAIN,
      RepairCondition.NOT_ON_OTHER_LISTS);

  private static RepairCase penalty(String series, SeverityClass c, LocalDate decided, LocalDate applied) {
    return new RepairCase(Jurisdiction.of("640381"), series, InformationKind.ADMINISTRATIVE_PENALTY, c, decided, applied,
        ALL_MET, Set.of());
  }

  private static String governing(LocalDate applied) {
    return REGIMES.governing(Jurisdiction.of("640381"), RepairCase.NATIONAL, applied).orElseThrow().id();
  }

  @Test
  void theRegimeInForceOnTheApplicationDateGoverns() {
    assertThat(governing(LocalDate.of(2023, 4, 30))).isEqualTo("repair-ndrc-2019-527");
    assertThat(governing(LocalDate.of(2023, 5, 1))).isEqualTo("repair-ndrc-order-58");
    assertThat(governing(LocalDate.of(2025, 6, 21))).isEqualTo("repair-ndrc-order-58");
    assertThat(governing(LocalDate.of(2025, 6, 22))).isEqualTo("repair-ndrc-order-58-with-22");
    assertThat(governing(LocalDate.of(2026, 3, 31))).isEqualTo("repair-ndrc-order-58-with-22");
    assertThat(governing(LocalDate.of(2026, 4, 1))).isEqualTo("repair-ndrc-order-36");
  }

  @Test
  void aSeriousPenaltyDecidedEitherSideOf2023_05_01TakesThePeriodsOfItsDecisionDate() {
    RepairEligibility before = REGIMES.eligibility(penalty(RepairCase.NATIONAL, SeverityClass.SERIOUS,
        LocalDate.of(2023, 4, 30), LocalDate.of(2023, 9, 1)), CALENDAR);
    assertThat(before.rules().orElseThrow().regime().id()).isEqualTo("repair-ndrc-order-58");
    assertThat(before.rules().orElseThrow().publicationRegime().orElseThrow().id()).isEqualTo("ndrc-2019-527");
    Finding early = before.verdict().findingsOf(RepairFinding.MINIMUM_PERIOD_NOT_PASSED).get(0);
    assertThat(early.fact(FactKey.period("minimum"))).contains(Period.ofMonths(6));
    assertThat(early.fact(FactKey.date("earliestDate"))).contains(LocalDate.of(2023, 10, 31));

    RepairEligibility after = REGIMES.eligibility(penalty(RepairCase.NATIONAL, SeverityClass.SERIOUS,
        LocalDate.of(2023, 5, 1), LocalDate.of(2023, 9, 1)), CALENDAR);
    assertThat(after.rules().orElseThrow().publicationRegime().orElseThrow().id()).isEqualTo("ndrc-order-58");
    assertThat(after.verdict().findings()).isEmpty();
  }

  @Test
  void aSeriousPenaltyDecidedEitherSideOf2026_04_01() {
    LocalDate applied = LocalDate.of(2026, 9, 1);
    RepairEligibility before = REGIMES.eligibility(penalty(RepairCase.NATIONAL, SeverityClass.SERIOUS,
        LocalDate.of(2026, 3, 31), applied), CALENDAR);
    assertThat(before.rules().orElseThrow().regime().id()).isEqualTo("repair-ndrc-order-36");
    assertThat(before.rules().orElseThrow().publicationRegime().orElseThrow().id()).isEqualTo("ndrc-order-58");
    assertThat(before.isAllowed()).as("Order 58's 3 months have passed").isTrue();

    RepairEligibility after = REGIMES.eligibility(penalty(RepairCase.NATIONAL, SeverityClass.SERIOUS,
        LocalDate.of(2026, 4, 1), applied), CALENDAR);
    assertThat(after.rules().orElseThrow().publicationRegime().orElseThrow().id()).isEqualTo("ndrc-order-36");
    assertThat(after.verdict().findingsOf(RepairFinding.MINIMUM_PERIOD_NOT_PASSED).get(0).fact(FactKey.date("earliestDate")))
        .as("1 year from 2026-04-01 ends on 2027-04-01 inclusive").contains(LocalDate.of(2027, 4, 2));
    assertThat(REGIMES.eligibility(penalty(RepairCase.NATIONAL, SeverityClass.SERIOUS, LocalDate.of(2026, 4, 1),
        LocalDate.of(2027, 4, 1)), CALENDAR).verdict().has(RepairFinding.MINIMUM_PERIOD_NOT_PASSED)).isTrue();
    assertThat(REGIMES.eligibility(penalty(RepairCase.NATIONAL, SeverityClass.SERIOUS, LocalDate.of(2026, 4, 1),
        LocalDate.of(2027, 4, 2)), CALENDAR).isAllowed()).isTrue();
  }

  @Test
  void eachClassUnderOrder36() {
    LocalDate decided = LocalDate.of(2026, 5, 6);
    LocalDate applied = decided.plusMonths(4);
    assertThat(REGIMES.eligibility(penalty(RepairCase.NATIONAL, SeverityClass.MINOR, decided, decided), CALENDAR).isAllowed())
        .as("minor information is repairable once the obligation is fulfilled").isTrue();
    assertThat(REGIMES.eligibility(penalty(RepairCase.NATIONAL, SeverityClass.GENERAL, decided, applied), CALENDAR).isAllowed())
        .isTrue();
    assertThat(REGIMES.eligibility(penalty(RepairCase.NATIONAL, SeverityClass.SERIOUS, decided, applied), CALENDAR)
        .verdict().has(RepairFinding.MINIMUM_PERIOD_NOT_PASSED)).isTrue();
    RepairCase minorUnfulfilled = new RepairCase(Jurisdiction.of("640381"), RepairCase.NATIONAL,
        InformationKind.ADMINISTRATIVE_PENALTY, SeverityClass.MINOR, decided, decided,
        Set.of(RepairCondition.CREDIT_COMMITMENT, RepairCondition.OTHER_BY_LAW), Set.of());
    assertThat(REGIMES.eligibility(minorUnfulfilled, CALENDAR).verdict().findingsOf(RepairFinding.CONDITION_NOT_MET))
        .extracting(f -> f.fact(FactKey.term("condition")).orElseThrow().code()).containsExactly("OBLIGATIONS_FULFILLED");
  }

  @Test
  void everyMissingConditionIsAFindingAndNothingElseIsAsked() {
    RepairCase noCommitment = new RepairCase(Jurisdiction.of("640381"), RepairCase.NATIONAL,
        InformationKind.ADMINISTRATIVE_PENALTY, SeverityClass.GENERAL, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1).plusYears(1),
        Set.of(), Set.of());
    assertThat(REGIMES.eligibility(noCommitment, CALENDAR).verdict().findingsOf(RepairFinding.CONDITION_NOT_MET))
        .extracting(f -> f.fact(FactKey.term("condition")).orElseThrow().code())
        .containsExactlyInAnyOrder("OBLIGATIONS_FULFILLED", "CREDIT_COMMITMENT", "OTHER_BY_LAW");
  }

  @Test
  void informationDeclaredNotRepairableIsRefusedUnderSamrOrder45() {
    RepairCase revoked = new RepairCase(Jurisdiction.of("640381"), "market-regulation", InformationKind.ADMINISTRATIVE_PENALTY,
        SeverityClass.SERIOUS, LocalDate.of(2022, 3, 1), LocalDate.of(2025, 1, 10), ALL_MET, Set.of("licence-revoked"));
    RepairEligibility e = REGIMES.eligibility(revoked, CALENDAR);
    assertThat(e.rules().orElseThrow().regime().id()).isEqualTo("repair-samr-order-45");
    assertThat(e.verdict().findingsOf(RepairFinding.INFORMATION_NOT_REPAIRABLE)).singleElement()
        .satisfies(f -> assertThat(f.fact(FactKey.term("information")).orElseThrow().nameZh()).isEqualTo("吊销许可证件"));
    assertThat(REGIMES.eligibility(new RepairCase(revoked.jurisdiction(), revoked.series(), revoked.kind(), revoked.severityClass(),
        revoked.decisionDate(), revoked.applicationDate(), ALL_MET, Set.of()), CALENDAR).isAllowed()).isTrue();
  }

  @Test
  void aSectorCaseBeforeItsSectorRegimeFallsBackToTheNationalOne() {
    RepairEligibility e = REGIMES.eligibility(penalty("market-regulation", SeverityClass.GENERAL,
        LocalDate.of(2020, 3, 2), LocalDate.of(2021, 1, 11)), CALENDAR);
    assertThat(e.rules().orElseThrow().regime().id()).isEqualTo("repair-ndrc-2019-527");
    assertThat(REGIMES.governing(Jurisdiction.of("640381"), "market-regulation", LocalDate.of(2025, 12, 25)).orElseThrow().id())
        .isEqualTo("repair-samr-order-107");
    assertThat(REGIMES.governing(Jurisdiction.of("640381"), "market-regulation", LocalDate.of(2025, 12, 24)).orElseThrow().id())
        .isEqualTo("repair-samr-order-45");
  }

  @Test
  void aKindTheRegimeDoesNotCoverIsRefused() {
    RepairCase abnormal = new RepairCase(Jurisdiction.of("640381"), RepairCase.NATIONAL, InformationKind.ABNORMAL_LIST,
        SeverityClass.GENERAL, LocalDate.of(2021, 3, 1), LocalDate.of(2022, 3, 1), ALL_MET, Set.of());
    assertThat(REGIMES.eligibility(abnormal, CALENDAR).verdict().has(RepairFinding.KIND_NOT_REPAIRABLE)).isTrue();
  }

  @Test
  void nothingInForceBeforeTheFirstRegime() {
    RepairEligibility e = REGIMES.eligibility(penalty(RepairCase.NATIONAL, SeverityClass.GENERAL,
        LocalDate.of(2018, 3, 1), LocalDate.of(2019, 5, 13)), CALENDAR);
    assertThat(e.rules()).isEmpty();
    assertThat(e.verdict().has(RuleSetFinding.NOT_IN_FORCE)).isTrue();
  }

  @Test
  void aRepairAfterTheMaximumIsFlaggedNotRefused() {
    RepairEligibility e = REGIMES.eligibility(penalty(RepairCase.NATIONAL, SeverityClass.GENERAL,
        LocalDate.of(2023, 6, 1), LocalDate.of(2026, 6, 2)), CALENDAR);
    assertThat(e.verdict().has(RepairFinding.PUBLICATION_ALREADY_ENDED)).isTrue();
    assertThat(e.isAllowed()).isTrue();
  }

  @Test
  void theFeedbackDeadlineIsTenWorkingDaysUnder22AndProvisionalBeyondTheCalendar() {
    RepairEligibility e = REGIMES.eligibility(penalty(RepairCase.NATIONAL, SeverityClass.GENERAL,
        LocalDate.of(2025, 9, 1), LocalDate.of(2026, 4, 1)), CALENDAR);
    LocalDate due = e.feedbackDue().orElseThrow().value();
    assertThat(e.feedbackDue().orElseThrow().isOfficial()).isTrue();
    assertThat(CALENDAR.countWorkingDays(LocalDate.of(2026, 4, 1), due).value()).isEqualTo(10);
    assertThat(CALENDAR.isWorkingDay(due)).isTrue();
    assertThat(REGIMES.eligibility(penalty(RepairCase.NATIONAL, SeverityClass.GENERAL, LocalDate.of(2023, 6, 1),
        LocalDate.of(2024, 6, 3)), CALENDAR).feedbackDue()).as("Order 58's limits are unconfirmed: none computed").isEmpty();

    RepairCase late = penalty(RepairCase.NATIONAL, SeverityClass.GENERAL, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 7, 1));
    assertThat(REGIMES.eligibility(late, CALENDAR.withFallback(WorkingDayCalendar.Fallback.NONE)).feedbackDue()
        .orElseThrow().isOfficial()).as("uncovered: answered provisionally, never as official").isFalse();
    assertThat(REGIMES.eligibility(late, CALENDAR.withFallback(WorkingDayCalendar.Fallback.PROVISIONAL)).feedbackDue()
        .orElseThrow().isOfficial()).as("provisional: held for review, never official").isFalse();
  }

  @Test
  void theRepairTextsReadAsAClerkReadsThem() {
    assertThat(org.creditgov.testkit.MessageTemplates.problems(RepairFinding.values())).isEmpty();
  }
}
