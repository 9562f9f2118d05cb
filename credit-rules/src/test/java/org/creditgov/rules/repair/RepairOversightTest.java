package org.creditgov.rules.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgov.rules.repair.RepairFixtures.DEPARTMENT;
import static org.creditgov.rules.repair.RepairFixtures.OFFICER;
import static org.creditgov.rules.repair.RepairFixtures.application;
import static org.creditgov.rules.repair.RepairFixtures.approval;
import static org.creditgov.rules.repair.RepairFixtures.penalty;

import java.time.LocalDate;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.oversight.DeadlineKind;
import org.creditgov.rules.oversight.Figures;
import org.creditgov.rules.oversight.OversightCollector;
import org.creditgov.rules.oversight.ReportingPeriod;
import org.creditgov.rules.oversight.RepairStep;
import org.creditgov.rules.procedure.EventStore;
import org.creditgov.rules.procedure.InMemoryEventStore;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.creditgov.rules.sync.Change;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/** The oversight figures count the steps of real repair cases as their events record them (OPS-2, REP-2). */
class RepairOversightTest {

  private static final RepairId ID = RepairId.of("QTX-R-2026-101");
  private static final RepairId WITHDRAWN = RepairId.of("QTX-R-2026-102");

  @Test
  void OPS_2_aCaseAppliedAcceptedAndApprovedCountsOnceEachOnTimeAndAWithdrawalIsNotCounted() {
    TestClock clock = TestClock.at(LocalDate.of(2026, 12, 1));
    InMemoryEventStore<RepairId, RepairEvent, Change> store = EventStore.inMemory();
    RepairService service = RepairService.builder().regimes(BundledRepairRegimes.registry()).store(store)
        .clock(clock).calendar(WorkingDayCalendar.china()).build();
    LocalDate applied = LocalDate.of(2026, 7, 6);
    assertThat(service.apply(ID, application(penalty(SeverityClass.GENERAL, LocalDate.of(2026, 4, 1)), applied)).isAccepted()).isTrue();
    assertThat(service.execute(ID, 1, new RepairCommand.Accept(OFFICER, applied.plusDays(1))).isAccepted()).isTrue();
    assertThat(service.execute(ID, 2, new RepairCommand.Decide(OFFICER, approval(applied.plusDays(2)))).isAccepted()).isTrue();
    assertThat(service.apply(WITHDRAWN, application(penalty(SeverityClass.GENERAL, LocalDate.of(2026, 4, 1)), applied)).isAccepted())
        .isTrue();
    assertThat(service.execute(WITHDRAWN, 1, new RepairCommand.Withdraw(applied.plusDays(1))).isAccepted()).isTrue();

    OversightCollector collector = OversightCollector.by(ReportingPeriod.YEAR);
    store.load(ID).forEach(collector::add);
    store.load(WITHDRAWN).forEach(collector::add);
    assertThat(store.load(WITHDRAWN).stream().map(RepairStep::of).filter(java.util.Optional::isEmpty).count())
        .as("the withdrawal maps to no step").isEqualTo(1);
    Figures f = collector.report().figures().get(0);
    assertThat(f.department()).isEqualTo(DEPARTMENT);
    assertThat(f.repairApplications()).isEqualTo(2);
    assertThat(f.repairsAccepted()).isEqualTo(1);
    assertThat(f.repairsApproved()).isEqualTo(1);
    assertThat(f.repairsRejected() + f.repairsRefused()).isZero();
    assertThat(f.deadlines().get(DeadlineKind.REPAIR_ACCEPTANCE).onTime()).isEqualTo(1);
    assertThat(f.deadlines().get(DeadlineKind.REPAIR_DECISION).onTime()).isEqualTo(1);
  }
}
