package org.creditgov.rules.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgov.rules.repair.RepairFixtures.COMPANY;
import static org.creditgov.rules.repair.RepairFixtures.DEPARTMENT;
import static org.creditgov.rules.repair.RepairFixtures.OFFICER;
import static org.creditgov.rules.repair.RepairFixtures.application;
import static org.creditgov.rules.repair.RepairFixtures.approval;
import static org.creditgov.rules.repair.RepairFixtures.basis;
import static org.creditgov.rules.repair.RepairFixtures.penalty;

import java.time.LocalDate;
import java.util.Set;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.text.FactKey;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.designation.Timeliness;
import org.creditgov.rules.procedure.CommandResult;
import org.creditgov.rules.procedure.EventStore;
import org.creditgov.rules.procedure.InMemoryEventStore;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.ChangeKind;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The repair procedure (REP-2, REP-3): apply → accept → decide under Order 36 with 22号's time
 * limits; refusals append nothing and list every finding; overdue steps are accepted, recorded and
 * flagged; provisional deadlines are flagged for review; withdrawal; optimistic concurrency;
 * replay equals state; an approval's changes are stored with its event; no identifier in clear in
 * a free text.
 */
class RepairServiceTest {

  private static final LocalDate DECIDED = LocalDate.of(2026, 4, 1);
  private static final LocalDate APPLIED = LocalDate.of(2026, 7, 6);
  private static final RepairId ID = RepairId.of("QTX-R-2026-001");

  private final TestClock clock = TestClock.at(LocalDate.of(2026, 12, 1));
  private final InMemoryEventStore<RepairId, RepairEvent, Change> store = EventStore.inMemory();
  private final RepairService service = RepairService.builder().regimes(BundledRepairRegimes.registry()).store(store)
      .clock(clock).calendar(WorkingDayCalendar.china()).build();

  private CommandResult<RepairId, Repair, RepairEvent> applied() {
    return service.apply(ID, application(penalty(SeverityClass.GENERAL, DECIDED), APPLIED));
  }

  @Test
  void applyAcceptApproveWithinTheTimeLimits() {
    CommandResult<RepairId, Repair, RepairEvent> a = applied();
    assertThat(a.isAccepted()).as("%s", a.verdict()).isTrue();
    Repair r = ((CommandResult.Accepted<RepairId, Repair, RepairEvent>) a).state();
    assertThat(r.regimeId()).isEqualTo("repair-ndrc-order-36");
    assertThat(r.feedbackDue().orElseThrow().lastDay()).isPresent();

    CommandResult<RepairId, Repair, RepairEvent> accepted = service.execute(ID, 1, new RepairCommand.Accept(OFFICER, APPLIED.plusDays(1)));
    assertThat(accepted.isAccepted()).isTrue();
    assertThat(((RepairEvent.Accepted) ((CommandResult.Accepted<?, ?, ?>) accepted).event()).timing().orElseThrow().timeliness())
        .isEqualTo(Timeliness.ON_TIME);

    CommandResult<RepairId, Repair, RepairEvent> decided = service.execute(ID, 2,
        new RepairCommand.Decide(OFFICER, approval(APPLIED.plusDays(2))));
    assertThat(decided.isAccepted()).as("%s", decided.verdict()).isTrue();
    Repair done = service.load(ID).orElseThrow();
    assertThat(done.status()).isEqualTo(RepairStatus.APPROVED);
    assertThat(done.approvedBy(APPLIED.plusDays(2))).isTrue();
    assertThat(done.approvedBy(APPLIED.plusDays(1))).isFalse();
    assertThat(store.messages()).extracting(Change::kind)
        .containsExactly(ChangeKind.REPAIRED, ChangeKind.PUBLICATION_STOPPED, ChangeKind.SHARING_STOPPED);
    assertThat(store.messages()).allSatisfy(c -> {
      assertThat(c.on()).isEqualTo(APPLIED.plusDays(2));
      assertThat(c.department()).isEqualTo(DEPARTMENT);
      assertThat(c.subject()).isEqualTo(COMPANY);
    });
    assertThat(Repair.replay(store.load(ID)).status()).isEqualTo(RepairStatus.APPROVED);
  }

  @Test
  void aRepairBeforeTheMinimumPeriodIsRefusedAndNothingIsAppended() {
    CommandResult<RepairId, Repair, RepairEvent> r = service.apply(ID,
        application(penalty(SeverityClass.GENERAL, DECIDED), LocalDate.of(2026, 7, 1)));
    assertThat(r).isInstanceOf(CommandResult.Refused.class);
    assertThat(r.verdict().findingsOf(RepairFinding.MINIMUM_PERIOD_NOT_PASSED).get(0).fact(FactKey.date("earliestDate")))
        .contains(LocalDate.of(2026, 7, 2));
    assertThat(store.load(ID)).isEmpty();
    assertThat(store.messages()).isEmpty();
  }

  @Test
  void anApplicationWithoutItsMaterialsListsEveryMissingCondition() {
    RepairApplication bare = new RepairApplication(COMPANY, penalty(SeverityClass.GENERAL, DECIDED), APPLIED, DEPARTMENT,
        Set.of(), Set.of(RepairCondition.OBLIGATIONS_FULFILLED, RepairCondition.CREDIT_COMMITMENT));
    CommandResult<RepairId, Repair, RepairEvent> r = service.apply(ID, bare);
    assertThat(r.verdict().findingsOf(RepairFinding.CONDITION_NOT_MET))
        .extracting(f -> f.fact(FactKey.term("condition")).orElseThrow().code())
        .as("fulfilment and commitment are shown by materials, never attested")
        .containsExactlyInAnyOrder("OBLIGATIONS_FULFILLED", "CREDIT_COMMITMENT", "OTHER_BY_LAW");
  }

  @Test
  void anOverdueDecisionIsAcceptedRecordedAndFlagged() {
    assertThat(applied().isAccepted()).isTrue();
    assertThat(service.execute(ID, 1, new RepairCommand.Accept(OFFICER, APPLIED)).isAccepted()).isTrue();
    LocalDate late = APPLIED.plusDays(14);
    CommandResult<RepairId, Repair, RepairEvent> d = service.execute(ID, 2, new RepairCommand.Decide(OFFICER, approval(late)));
    assertThat(d.isAccepted()).isTrue();
    assertThat(d.verdict().has(RepairFinding.STEP_OVERDUE)).isTrue();
    StepTiming t = ((CommandResult.Accepted<RepairId, Repair, RepairEvent>) d).event().timing().orElseThrow();
    assertThat(t.timeliness()).isEqualTo(Timeliness.OVERDUE);
    assertThat(t.workingDaysLate()).isPresent();
    assertThat(t.workingDaysLate().getAsInt()).isPositive();
  }

  @Test
  void aDeadlineBeyondTheOfficialCalendarIsProvisionalAndHeldForReview() {
    clock.set(LocalDate.of(2027, 12, 1));
    RepairId id = RepairId.of("R-2027");
    assertThat(service.apply(id, application(penalty(SeverityClass.GENERAL, LocalDate.of(2027, 1, 4)),
        LocalDate.of(2027, 6, 1))).isAccepted()).isTrue();
    CommandResult<RepairId, Repair, RepairEvent> a = service.execute(id, 1, new RepairCommand.Accept(OFFICER, LocalDate.of(2027, 6, 2)));
    assertThat(a.isAccepted()).isTrue();
    assertThat(a.verdict().has(RepairFinding.DEADLINE_PROVISIONAL)).isTrue();
    assertThat(((CommandResult.Accepted<RepairId, Repair, RepairEvent>) a).event().timing().orElseThrow().provisional()).isTrue();
  }

  @Test
  void aRefusalNeedsGroundsBasisRemediesAndANumber() {
    assertThat(applied().isAccepted()).isTrue();
    assertThat(service.execute(ID, 1, new RepairCommand.Accept(OFFICER, APPLIED)).isAccepted()).isTrue();
    RepairDecision bare = new RepairDecision(RepairDecision.Outcome.REFUSE, "", APPLIED.plusDays(1), " ", java.util.List.of(),
        java.util.Optional.empty(), false);
    CommandResult<RepairId, Repair, RepairEvent> r = service.execute(ID, 2, new RepairCommand.Decide(OFFICER, bare));
    assertThat(r.verdict().findings()).extracting(f -> f.type()).contains(RepairFinding.GROUNDS_MISSING,
        RepairFinding.BASIS_MISSING, RepairFinding.REMEDIES_MISSING, RepairFinding.DOCUMENT_NUMBER_MISSING);
    assertThat(store.load(ID)).hasSize(2);
    CommandResult<RepairId, Repair, RepairEvent> ok = service.execute(ID, 2, new RepairCommand.Decide(OFFICER,
        RepairDecision.refuse("青信修〔2026〕4号", APPLIED.plusDays(1), "未履行罚款", basis(), "可于60日内申请行政复议或者6个月内提起行政诉讼")));
    assertThat(ok.isAccepted()).isTrue();
    assertThat(store.messages()).as("a refusal changes nothing elsewhere").isEmpty();
  }

  @Test
  void aStaleVersionIsAConflictAndAFinalCaseTakesNoStep() {
    assertThat(applied().isAccepted()).isTrue();
    assertThat(service.execute(ID, 0, new RepairCommand.Accept(OFFICER, APPLIED))).isInstanceOf(CommandResult.Conflict.class);
    assertThat(service.apply(ID, application(penalty(SeverityClass.GENERAL, DECIDED), APPLIED)).verdict()
        .has(RepairFinding.ALREADY_APPLIED)).isTrue();
    assertThat(service.execute(ID, 1, new RepairCommand.Withdraw(APPLIED.plusDays(1))).isAccepted()).isTrue();
    CommandResult<RepairId, Repair, RepairEvent> after = service.execute(ID, 2, new RepairCommand.Accept(OFFICER, APPLIED.plusDays(2)));
    assertThat(after.verdict().has(RepairFinding.STEP_NOT_ALLOWED)).isTrue();
    assertThat(service.execute(ID, 2, new RepairCommand.Withdraw(APPLIED.plusDays(2))).verdict()
        .has(RepairFinding.STEP_NOT_ALLOWED)).isTrue();
    assertThat(service.execute(RepairId.of("nope"), 0, new RepairCommand.Withdraw(APPLIED)).verdict()
        .has(RepairFinding.UNKNOWN_REPAIR)).isTrue();
  }

  @Test
  void aStepBeforeThePreviousOrAfterTodayIsRefused() {
    assertThat(applied().isAccepted()).isTrue();
    assertThat(service.execute(ID, 1, new RepairCommand.Accept(OFFICER, APPLIED.minusDays(1))).verdict()
        .has(RepairFinding.DATE_BEFORE_PREVIOUS_STEP)).isTrue();
    assertThat(service.execute(ID, 1, new RepairCommand.Accept(OFFICER, LocalDate.of(2026, 12, 2))).verdict()
        .has(RepairFinding.DATE_IN_FUTURE)).isTrue();
  }

  @Test
  void theSubjectsIdentifierNeverStaysInClearInAFreeText() {
    assertThat(applied().isAccepted()).isTrue();
    assertThat(service.execute(ID, 1, new RepairCommand.Reject(OFFICER, APPLIED,
        "申请人" + COMPANY.identifier() + "材料不齐")).isAccepted()).isTrue();
    RepairEvent.NotAccepted e = (RepairEvent.NotAccepted) store.load(ID).get(1);
    assertThat(e.grounds()).doesNotContain(COMPANY.identifier()).contains(COMPANY.maskedIdentifier());
    assertThat(service.load(ID).orElseThrow().toString()).doesNotContain(COMPANY.identifier());
  }
}
