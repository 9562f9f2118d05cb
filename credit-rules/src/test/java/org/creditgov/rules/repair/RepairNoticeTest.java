package org.creditgov.rules.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.junit.jupiter.api.Test;

/** 两书同达 (REP-6): the repair notice from the regime in force on the decision date; a decision delivered without it is flagged. */
class RepairNoticeTest {

  private static final RepairRegimes REGIMES = BundledRepairRegimes.registry();
  private static final Jurisdiction QTX = Jurisdiction.of("640381");

  @Test
  void theNoticeOfASeriousPenaltyUnderOrder36() {
    RepairNotice n = REGIMES.notice(QTX, RepairCase.NATIONAL, InformationKind.ADMINISTRATIVE_PENALTY, SeverityClass.SERIOUS,
        LocalDate.of(2026, 4, 1)).orElseThrow();
    assertThat(n.regimeId()).isEqualTo("repair-ndrc-order-36");
    assertThat(n.earliestApplication()).contains(LocalDate.of(2027, 4, 2));
    assertThat(n.lastDayPublished()).contains(LocalDate.of(2029, 4, 1));
    assertThat(n.feedbackWorkingDays()).hasValue(10);
    assertThat(n.freeOfCharge()).isTrue();
    assertThat(REGIMES.notice(QTX, RepairCase.NATIONAL, InformationKind.ADMINISTRATIVE_PENALTY, SeverityClass.MINOR,
        LocalDate.of(2026, 4, 1)).orElseThrow().earliestApplication()).contains(LocalDate.of(2026, 4, 1));
  }

  @Test
  void aDecisionWithoutItsNoticeIsFlaggedWhereTheRegimeRequiresOne() {
    assertThat(REGIMES.delivery(QTX, RepairCase.NATIONAL, LocalDate.of(2026, 4, 1), false).has(RepairFinding.NOTICE_NOT_DELIVERED))
        .isTrue();
    assertThat(REGIMES.delivery(QTX, RepairCase.NATIONAL, LocalDate.of(2026, 4, 1), true).findings()).isEmpty();
    assertThat(REGIMES.delivery(QTX, RepairCase.NATIONAL, LocalDate.of(2024, 4, 1), false).findings())
        .as("Order 58 alone did not require it").isEmpty();
    assertThat(REGIMES.delivery(QTX, RepairCase.NATIONAL, LocalDate.of(2024, 4, 1), false).isAllowed()).isTrue();
  }
}
