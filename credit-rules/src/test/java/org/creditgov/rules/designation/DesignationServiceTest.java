package org.creditgov.rules.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.creditgov.rules.designation.Fixtures.OFFICER;
import static org.creditgov.rules.designation.Fixtures.SAFETY;
import static org.creditgov.rules.designation.Fixtures.answer;
import static org.creditgov.rules.designation.Fixtures.decide;
import static org.creditgov.rules.designation.Fixtures.object;
import static org.creditgov.rules.designation.Fixtures.propose;
import static org.creditgov.rules.designation.Fixtures.remove;
import static org.creditgov.rules.designation.Fixtures.serve;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.creditgov.core.RequirementId;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.text.Term;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.DocumentRef.Kind;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/** Example tests of the designation procedure, step by step, with working-day deadlines. */
class DesignationServiceTest {

  private static final LocalDate PROPOSED = LocalDate.of(2025, 4, 21); // Monday
  private static final LocalDate SERVED = LocalDate.of(2025, 4, 25); // Friday
  private static final DesignationId ID = DesignationId.of("QTX-2025-0001");

  private final TestClock clock = TestClock.at(PROPOSED);
  private final InMemoryDesignationStore store = DesignationStore.inMemory();
  private final DesignationService service = Fixtures.service(store, clock);

  private CommandResult at(LocalDate today, long version, DesignationCommand command) {
    clock.set(today);
    return service.execute(ID, version, command);
  }

  private static Designation accepted(CommandResult r) {
    assertThat(r).isInstanceOf(CommandResult.Accepted.class);
    return ((CommandResult.Accepted) r).designation();
  }

  private static Verdict refused(CommandResult r) {
    assertThat(r).isInstanceOf(CommandResult.Refused.class);
    Verdict v = ((CommandResult.Refused) r).verdict();
    assertThat(v.outcome()).isEqualTo(Outcome.REFUSED);
    return v;
  }

  private static List<String> codes(Verdict v) {
    return v.findings().stream().map(Finding::code).collect(Collectors.toList());
  }

  private Designation proposedAndNotified() {
    accepted(service.propose(propose(ID.value(), PROPOSED)));
    return accepted(at(SERVED, 1, serve(SERVED)));
  }

  @Test
  void theWholeProcedureWithWorkingDayDeadlinesAcrossTheLabourDayHoliday() {
    Designation d = accepted(service.propose(propose(ID.value(), PROPOSED)));
    assertThat(d.statusOnLastStep()).isEqualTo(Status.PROPOSED);
    // 5 working days after Mon 21 April 2025: 22, 23, 24, 25 and Sunday 27 April (an adjusted working day)
    assertThat(d.noticeDeadline()).isEqualTo(new Deadline.Due(LocalDate.of(2025, 4, 27)));

    d = accepted(at(SERVED, 1, serve(SERVED)));
    // 10 working days after Fri 25 April: 27, 28, 29, 30 April, (1-5 May off) 6, 7, 8, 9, 12, 13 May
    assertThat(d.objectionDeadline()).contains(new Deadline.Due(LocalDate.of(2025, 5, 13)));

    LocalDate filed = LocalDate.of(2025, 4, 29);
    d = accepted(at(filed, 2, object(filed)));
    assertThat(d.statusOnLastStep()).isEqualTo(Status.OBJECTION_PENDING);
    // 5 working days after 29 April: 30 April, 6, 7, 8, 9 May
    assertThat(d.objectionAnswerDeadline()).contains(new Deadline.Due(LocalDate.of(2025, 5, 9)));

    CommandResult early = at(LocalDate.of(2025, 5, 8), 3, decide(LocalDate.of(2025, 5, 8)));
    assertThat(codes(refused(early))).containsExactly("designation.OBJECTION_OPEN");
    assertThat(refused(early).findings().get(0).fact(DesignationFacts.OBJECTION_FILED_ON)).contains(filed);

    CommandResult answered = at(LocalDate.of(2025, 5, 8), 3, answer(LocalDate.of(2025, 5, 8), false));
    d = accepted(answered);
    assertThat(((CommandResult.Accepted) answered).verdict().findings()).isEmpty();
    assertThat(d.statusOnLastStep()).isEqualTo(Status.NOTIFIED);

    Verdict tooEarly = refused(at(LocalDate.of(2025, 5, 13), 4, decide(LocalDate.of(2025, 5, 13))));
    assertThat(codes(tooEarly)).containsExactly("designation.OBJECTION_WINDOW_NOT_PASSED");
    Finding window = tooEarly.findings().get(0);
    assertThat(window.fact(DesignationFacts.OBJECTION_DEADLINE)).contains(LocalDate.of(2025, 5, 13));
    assertThat(window.messageZh()).isEqualTo(
        "异议期至2025年5月13日（含当日）届满；除当事人书面放弃异议外，期满前不得作出认定决定。");
    // the procedural bases come from the headers of the layers in force in Qingtongxia, then the list's basis
    assertThat(window.legalBases()).containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49,
        Instruments.QINGTONGXIA_PLAN_2022, SAFETY.basis());
    assertThat(tooEarly.ruleSetVersion()).contains(RuleSetVersion.parse(
        "list-types:test-national@2000-01-01+list-types:test-640381@2022-05-12"));

    LocalDate decided = LocalDate.of(2025, 5, 14);
    d = accepted(at(decided, 4, decide(decided)));
    assertThat(d.statusOnLastStep()).isEqualTo(Status.LISTED);
    assertThat(d.listedFrom()).contains(decided);
    // Civil Code Arts. 201-202: 3 years from 14 May 2025 end on 14 May 2028, which is still listed
    assertThat(d.lastDayOfPeriod()).contains(LocalDate.of(2028, 5, 14));
    assertThat(d.lastDayListed()).contains(LocalDate.of(2028, 5, 14));
    assertThat(d.listedUntil()).contains(LocalDate.of(2028, 5, 15));
    assertThat(store.drainChanges()).containsExactly(new ListingChange(ID, 5, "SAFETY-SEVERE", SubjectRef.of(Fixtures.COMPANY),
        ListingChange.Kind.LISTED, decided, Optional.of(LocalDate.of(2028, 5, 14)), Optional.empty(),
        "青铜峡市应急管理局", "青应急决〔2025〕7号"));

    assertThat(d.statusOn(LocalDate.of(2025, 4, 20))).isEqualTo(Status.NOT_PROPOSED);
    assertThat(d.statusOn(PROPOSED)).isEqualTo(Status.PROPOSED);
    assertThat(d.statusOn(SERVED)).isEqualTo(Status.NOTIFIED);
    assertThat(d.statusOn(filed)).isEqualTo(Status.OBJECTION_PENDING);
    assertThat(d.statusOn(LocalDate.of(2025, 5, 8))).isEqualTo(Status.NOTIFIED);
    assertThat(d.statusOn(LocalDate.of(2028, 5, 14))).isEqualTo(Status.LISTED);
    assertThat(d.statusOn(LocalDate.of(2028, 5, 15))).isEqualTo(Status.EXPIRED); // no event, no timer
    assertThat(d.statusOnLastStep()).isEqualTo(Status.LISTED); // the status when the last step was taken
    assertThat(service.publishedListOn(LocalDate.of(2026, 1, 1))).containsExactly(d);

    LocalDate repaired = LocalDate.of(2026, 6, 1);
    d = accepted(at(repaired, 5, remove(repaired, RemovalReason.REPAIRED, Kind.REPAIR_APPROVAL)));
    assertThat(d.statusOn(repaired.minusDays(1))).isEqualTo(Status.LISTED);
    assertThat(d.statusOn(repaired)).isEqualTo(Status.REMOVED);
    assertThat(d.lastDayListed()).contains(repaired.minusDays(1));
    assertThat(d.listedUntil()).contains(repaired);
    assertThat(d.lastDayOfPeriod()).contains(LocalDate.of(2028, 5, 14));
    assertThat(service.publishedListOn(repaired.minusDays(1))).containsExactly(d);
    assertThat(service.publishedListOn(repaired)).isEmpty();
    assertThat(store.drainChanges()).extracting(ListingChange::kind, ListingChange::effectiveOn, ListingChange::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ListingChange.Kind.REMOVED, repaired,
            Optional.of(RemovalReason.REPAIRED)));

    assertThat(d.events()).hasSize(6);
    assertThat(d.events()).extracting(DesignationEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(Designation.replay(store.load(ID), WorkingDayCalendar.china(), Fixtures.REGISTRY)).isEqualTo(d);
  }

  /** Proposed, notified, objected to, answered and listed on 2025-05-14 (version 5), on {@code s}. */
  private void listed(DesignationService s) {
    clock.set(PROPOSED);
    accepted(s.propose(propose(ID.value(), PROPOSED)));
    clock.set(SERVED);
    accepted(s.execute(ID, 1, serve(SERVED)));
    LocalDate filed = LocalDate.of(2025, 4, 29);
    clock.set(filed);
    accepted(s.execute(ID, 2, object(filed)));
    clock.set(LocalDate.of(2025, 5, 8));
    accepted(s.execute(ID, 3, answer(LocalDate.of(2025, 5, 8), false)));
    clock.set(LocalDate.of(2025, 5, 14));
    accepted(s.execute(ID, 4, decide(LocalDate.of(2025, 5, 14))));
  }

  /** REP-3: without an approved repair, or before its date, a listing is not removed as repaired. */
  @Test
  void aRemovalAsRepairedNeedsARepairApprovedByItsDate() {
    LocalDate approvedOn = LocalDate.of(2026, 6, 1);
    RepairApprovals approvals = new RepairApprovals() {
      @Override
      public Optional<DocumentRef> approvalOfListing(DesignationId id) {
        return id.equals(ID) ? Optional.of(DocumentRef.of(Kind.REPAIR_APPROVAL, "青信修〔2026〕3号", approvedOn)) : Optional.empty();
      }

      @Override
      public Optional<DocumentRef> approvalOfRecord(String documentNumber) {
        return Optional.empty();
      }
    };
    for (RepairApprovals repairs : List.of(RepairApprovals.none(), approvals)) {
      DesignationService s = DesignationService.builder().store(DesignationStore.inMemory())
          .clock(clock).listTypes(Fixtures.REGISTRY).repairs(repairs).build();
      listed(s);
      LocalDate before = approvedOn.minusDays(1);
      clock.set(approvedOn.plusDays(10));
      CommandResult early = s.execute(ID, 5, remove(before, RemovalReason.REPAIRED, Kind.REPAIR_APPROVAL));
      assertThat(early).isInstanceOf(CommandResult.Refused.class);
      assertThat(((CommandResult.Refused) early).verdict().has(DesignationFinding.REPAIR_NOT_APPROVED)).isTrue();
      CommandResult onTheDay = s.execute(ID, 5, remove(approvedOn, RemovalReason.REPAIRED, Kind.REPAIR_APPROVAL));
      assertThat(onTheDay.isAccepted()).as("%s", repairs).isEqualTo(repairs == approvals);
    }
  }

  @Test
  void everyFreeTextKeptInAnEventPassesTheCallersFilterAfterTheSubjectsOwnDataIsMasked() {
    DesignationService filtered = DesignationService.builder().store(store).clock(clock)
        .listTypes(Fixtures.REGISTRY).freeTextFilter(t -> t.replace("13800138000", "138****8000")).build();
    DesignationCommand.Propose p = propose(ID.value(), PROPOSED).toBuilder()
        .grounds("某某化工有限公司（91512081MA62K0260E）负责人电话13800138000").build();
    DesignationEvent.Proposed e = (DesignationEvent.Proposed) ((CommandResult.Accepted) filtered.propose(p)).event();
    assertThat(e.grounds()).isEqualTo("某某化工有限公司（****************0E）负责人电话138****8000");
    clock.set(SERVED);
    PriorNotice notice = Fixtures.notice(SERVED).toBuilder().rights("电话13800138000可咨询").build();
    DesignationEvent.NoticeServed n = (DesignationEvent.NoticeServed) ((CommandResult.Accepted) filtered.execute(ID, 1,
        DesignationCommand.serveNotice().actor(OFFICER).notice(notice).build())).event();
    assertThat(n.notice().rights()).contains("电话138****8000可咨询");
    assertThat(n.notice().grounds()).isEqualTo(notice.grounds());
  }

  @Test
  void everyEventKeepsWhoWhenOnWhatBasisAndWhichDocuments() {
    Designation d = proposedAndNotified();
    DesignationEvent notice = d.events().get(1);
    assertThat(notice).isInstanceOf(DesignationEvent.NoticeServed.class);
    assertThat(notice.actor()).isEqualTo(OFFICER);
    assertThat(notice.on()).isEqualTo(SERVED);
    assertThat(notice.recordedAt()).isEqualTo(clock.instant());
    assertThat(notice.legalBases()).containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49,
        Instruments.QINGTONGXIA_PLAN_2022, Fixtures.SAFETY_LAW);
    assertThat(notice.documents()).containsExactly(DocumentRef.of(Kind.PRIOR_NOTICE, "青应急告〔2025〕3号", SERVED));
    assertThat(d.events().get(0).documents()).extracting(DocumentRef::kind).containsExactly(Kind.EFFECTIVE_RULING);
  }

  @Test
  void theProposalNamesItsListTypeByCodeAndVersionAndItsSubjectByReference() {
    Designation d = proposedAndNotified();
    DesignationEvent.Proposed p = (DesignationEvent.Proposed) d.events().get(0);
    ResolvedListType inForce = Fixtures.REGISTRY.inForce("SAFETY-SEVERE", Fixtures.QINGTONGXIA, PROPOSED).orElseThrow();
    assertThat(p.listType()).isEqualTo(inForce.ref());
    assertThat(p.listType().version()).hasToString("list-types:test-national@2000-01-01+list-types:test-640381@2022-05-12");
    assertThat(p.subject()).isEqualTo(SubjectRef.of(Fixtures.COMPANY));
    assertThat(d.subjectRef()).isEqualTo(SubjectRef.of(Fixtures.COMPANY));
    assertThat(d.isOf(Fixtures.COMPANY)).isTrue();
    assertThat(d.listType()).isEqualTo(SAFETY);
    // the subject's details are in the directory, not in the events
    assertThat(service.subjects().find(SubjectRef.of(Fixtures.COMPANY))).contains(Fixtures.COMPANY);
    // replay needs the list types of the version the proposal was resolved in
    assertThatIllegalArgumentException().isThrownBy(() -> Designation.replay(d.events(), WorkingDayCalendar.china(),
        (code, version) -> Optional.empty())).withMessageContaining("SAFETY-SEVERE");
  }

  @Test
  void anUpheldObjectionDropsTheDesignation() {
    proposedAndNotified();
    LocalDate filed = LocalDate.of(2025, 4, 28);
    accepted(at(filed, 2, object(filed)));
    Designation d = accepted(at(filed, 3, answer(filed, true)));
    assertThat(d.statusOnLastStep()).isEqualTo(Status.DROPPED);
    Verdict v = refused(at(LocalDate.of(2025, 6, 1), 4, decide(LocalDate.of(2025, 6, 1))));
    assertThat(codes(v)).containsExactly("designation.STEP_NOT_ALLOWED");
    assertThat(v.findings().get(0).fact(DesignationFacts.STEP)).map(Term::code).contains("DECIDE");
    assertThat(v.findings().get(0).fact(DesignationFacts.STATUS)).map(Term::code).contains("DROPPED");
    assertThat(v.findings().get(0).messageZh()).isEqualTo("认定处于“认定已终止、未列入”状态时，不得作出认定决定。");
    assertThat(store.changes()).isEmpty();
  }

  @Test
  void aStepNotAllowedIsNamedInWordsForTheClerk() {
    proposedAndNotified();
    Verdict v = refused(at(SERVED, 2, serve(SERVED)));
    assertThat(v.findings().get(0).messageZh()).isEqualTo("认定处于“已预先告知、尚未列入”状态时，不得送达预先告知书。");
    assertThat(v.findings().get(0).messageEn()).isEqualTo(
        "While the designation stands at \"notified, not listed\", it is not possible to serve the prior notice.");
  }

  @Test
  void anAnswerAfterItsDeadlineIsAcceptedRecordedAsOverdueAndFlagged() {
    proposedAndNotified();
    LocalDate filed = LocalDate.of(2025, 4, 29);
    accepted(at(filed, 2, object(filed)));
    LocalDate late = LocalDate.of(2025, 5, 13); // deadline Fri 9 May; 12 and 13 May are 2 working days late
    CommandResult r = at(late, 3, answer(late, false));
    accepted(r);
    Verdict v = ((CommandResult.Accepted) r).verdict();
    assertThat(v.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(codes(v)).containsExactly("designation.OBJECTION_ANSWER_OVERDUE");
    assertThat(v.findings().get(0).requirement()).isEqualTo(RequirementId.DES_4);
    assertThat(v.findings().get(0).messageEn()).isEqualTo("The objection was answered 2 working days after its deadline of 9 May 2025.");
    assertThat(v.findings().get(0).messageZh()).isEqualTo("异议应在2025年5月9日前答复，实际超期2个工作日答复。");
    assertThat(v.findings().get(0).fact(DesignationFacts.ANSWER_DEADLINE)).contains(LocalDate.of(2025, 5, 9));
    assertThat(v.findings().get(0).fact(DesignationFacts.WORKING_DAYS_LATE)).contains(2);
    DesignationEvent.ObjectionAnswered e = (DesignationEvent.ObjectionAnswered) ((CommandResult.Accepted) r).event();
    assertThat(e.timeliness()).isEqualTo(Timeliness.OVERDUE);
    assertThat(e.workingDaysLate()).hasValue(2);
  }

  @Test
  void aLateNoticeIsAcceptedAndFlagged() {
    accepted(service.propose(propose(ID.value(), PROPOSED)));
    LocalDate late = LocalDate.of(2025, 4, 29); // deadline Sun 27 April; 28 and 29 April
    CommandResult r = at(late, 1, serve(late));
    Verdict v = ((CommandResult.Accepted) r).verdict();
    assertThat(codes(v)).containsExactly("designation.NOTICE_SERVED_LATE");
    assertThat(v.findings().get(0).fact(DesignationFacts.NOTICE_DEADLINE)).contains(LocalDate.of(2025, 4, 27));
    assertThat(v.findings().get(0).messageZh()).isEqualTo("预先告知书应在2025年4月27日前送达，实际超期2个工作日送达。");
    assertThat(((DesignationEvent.NoticeServed) ((CommandResult.Accepted) r).event()).workingDaysLate()).hasValue(2);
  }

  @Test
  void aWrittenWaiverAllowsADecisionBeforeTheWindowHasPassed() {
    proposedAndNotified();
    LocalDate waived = LocalDate.of(2025, 4, 28);
    Verdict unwritten = refused(at(waived, 2, DesignationCommand.waiveObjection().actor(OFFICER).on(waived).build()));
    assertThat(codes(unwritten)).containsExactly("designation.WAIVER_NOT_IN_WRITING");
    accepted(at(waived, 2, DesignationCommand.waiveObjection().actor(OFFICER).on(waived)
        .addDocuments(DocumentRef.of(Kind.WRITTEN_WAIVER, "放弃异议-001", waived)).build()));
    Verdict again = refused(at(waived, 3, object(waived)));
    assertThat(codes(again)).containsExactly("designation.OBJECTION_RIGHT_WAIVED");
    assertThat(again.findings().get(0).fact(DesignationFacts.WAIVED_ON)).contains(waived);
    Designation d = accepted(at(waived, 3, decide(waived)));
    assertThat(d.statusOnLastStep()).isEqualTo(Status.LISTED);
  }

  @Test
  void anObjectionAfterTheWindowIsRefused() {
    proposedAndNotified();
    LocalDate after = LocalDate.of(2025, 5, 14);
    Verdict v = refused(at(after, 2, object(after)));
    assertThat(codes(v)).containsExactly("designation.OBJECTION_WINDOW_CLOSED");
    assertThat(v.findings().get(0).messageZh()).isEqualTo("异议期已于2025年5月13日届满。");
  }

  @Test
  void noDecisionWithoutAServedNotice() {
    accepted(service.propose(propose(ID.value(), PROPOSED)));
    LocalDate later = LocalDate.of(2025, 6, 2);
    assertThat(codes(refused(at(later, 1, decide(later))))).containsExactly("designation.NOTICE_NOT_SERVED");
  }

  @Test
  void anIncompleteNoticeIsRefusedWithEveryMissingElement() {
    accepted(service.propose(propose(ID.value(), PROPOSED)));
    PriorNotice bare = PriorNotice.builder().documentNumber("青应急告〔2025〕3号").grounds(" ").build();
    assertThat(bare.missingElements()).containsExactly(PriorNotice.Element.values());
    Verdict v = refused(at(SERVED, 1, DesignationCommand.serveNotice().actor(OFFICER).notice(bare).build()));
    assertThat(codes(v)).containsExactly("designation.NOTICE_WITHOUT_GROUNDS", "designation.NOTICE_WITHOUT_BASIS", "designation.NOTICE_WITHOUT_RIGHTS",
        "designation.NOTICE_WITHOUT_SERVICE_DATE");
    assertThat(v.findingsFor(RequirementId.DES_3)).hasSize(4);
  }

  @Test
  void anIncompleteDecisionIsRefusedWithEveryMissingElementAndEveryOmittedCondition() {
    proposedAndNotified();
    LocalDate on = LocalDate.of(2025, 6, 3);
    DecisionDocument bare = DecisionDocument.builder().decidedOn(on).addRemovalConditions("其他条件").build();
    Verdict v = refused(at(on, 2, DesignationCommand.decide().actor(OFFICER).decision(bare).build()));
    assertThat(codes(v)).containsExactly("designation.DECISION_WITHOUT_DOCUMENT_NUMBER", "designation.DECISION_WITHOUT_GROUNDS",
        "designation.DECISION_WITHOUT_BASIS", "designation.DECISION_WITHOUT_SANCTION_MEASURE_NOTICE", "designation.DECISION_WITHOUT_REMOVAL_PROCEDURE",
        "designation.DECISION_WITHOUT_REMEDIES", "designation.DECISION_WITHOUT_LISTING_PERIOD", "designation.REMOVAL_CONDITION_NOT_STATED",
        "designation.REMOVAL_CONDITION_NOT_STATED");
    assertThat(v.findings().get(7).fact(DesignationFacts.REMOVAL_CONDITION)).contains(Fixtures.REPAIR_CONDITION);
    assertThat(store.load(ID)).hasSize(2);
  }

  @Test
  void aListingPeriodOutsideTheRangeIsRefused() {
    proposedAndNotified();
    LocalDate on = LocalDate.of(2025, 6, 3);
    DecisionDocument fourYears = Fixtures.completeDecisionWithoutPeriod(on).listingPeriod(Period.ofYears(4)).build();
    Verdict v = refused(at(on, 2, DesignationCommand.decide().actor(OFFICER).decision(fourYears).build()));
    assertThat(codes(v)).containsExactly("designation.LISTING_PERIOD_OUT_OF_RANGE");
    Finding f = v.findings().get(0);
    assertThat(f.fact(DesignationFacts.PERIOD)).contains(Period.ofYears(4));
    assertThat(f.fact(DesignationFacts.MINIMUM_PERIOD)).contains(Period.ofYears(1));
    assertThat(f.fact(DesignationFacts.MAXIMUM_PERIOD)).contains(Period.ofYears(3));
    assertThat(f.messageZh()).isEqualTo("列入期限4年超出名单规定的范围（最短1年，最长3年）。");
    assertThat(f.messageEn()).isEqualTo(
        "A listing period of 4 years is outside what the list allows: at least 1 year and at most 3 years.");
  }

  @Test
  void aMinorIsRefusedUnlessTheListTypeAllowsMinors() {
    // 18 on 22 April 2025: a minor on the day of the proposal
    NaturalPerson minor = Fixtures.minorBornOn(LocalDate.of(2007, 4, 22));
    Verdict v = refused(service.propose(propose("QTX-M-1", PROPOSED, minor, SAFETY, "2021-v1")));
    assertThat(codes(v)).containsExactly("designation.MINOR_EXCLUDED");
    assertThat(v.findings().get(0).requirement()).isEqualTo(RequirementId.SAN_4);
    assertThat(v.findings().get(0).messageZh()).isEqualTo("当事人在2025年4月21日为未成年人，不得列入名单“安全生产严重失信主体名单”。");
    assertThat(store.ids()).isEmpty();

    accepted(service.propose(propose("QTX-M-2", PROPOSED, minor, Fixtures.SAFETY_MINORS, "2021-v1")));
    clock.set(LocalDate.of(2025, 4, 22)); // the 18th birthday: no longer a minor
    accepted(service.propose(propose("QTX-M-3", LocalDate.of(2025, 4, 22), minor, SAFETY, "2021-v1")));
  }

  @Test
  void aDecisionOnAPersonWhoseDetailsWereErasedOrMaskedCannotCheckMinorityAndIsRefused() {
    NaturalPerson adult = Fixtures.person();
    accepted(service.propose(propose(ID.value(), PROPOSED, adult, SAFETY, "2021-v1")));
    accepted(at(SERVED, 1, serve(SERVED)));
    SubjectRef ref = SubjectRef.of(adult);
    assertThat(service.subjects().find(ref)).contains(adult);
    LocalDate decided = LocalDate.of(2025, 5, 14);

    assertThat(service.subjects().mask(ref)).isTrue();
    assertThat(service.subjects().find(ref)).isEmpty();
    assertThat(service.subjects().masked(ref)).map(MaskedSubject::displayName).contains("王**");
    Verdict masked = refused(at(decided, 2, decide(decided)));
    assertThat(codes(masked)).containsExactly("designation.SUBJECT_DETAILS_UNAVAILABLE");
    assertThat(masked.findings().get(0).requirement()).isEqualTo(RequirementId.SAN_4);

    assertThat(service.subjects().erase(ref)).isTrue();
    assertThat(service.subjects().masked(ref)).isEmpty();
    assertThat(codes(refused(at(decided, 2, decide(decided))))).containsExactly("designation.SUBJECT_DETAILS_UNAVAILABLE");

    service.subjects().put(adult);
    assertThat(accepted(at(decided, 2, decide(decided))).isListedOn(decided)).isTrue();
    // the history itself never needed the details
    assertThat(Designation.replay(store.load(ID), WorkingDayCalendar.china(), Fixtures.REGISTRY).subjectRef()).isEqualTo(ref);
  }

  @Test
  void aListTypeBelowCentralPolicyLevelCannotBeUsed() {
    ListType normative = Fixtures.SAFETY_NORMATIVE;
    Verdict v = refused(service.propose(propose("QTX-N-1", PROPOSED, Fixtures.COMPANY, normative, "2021-v1")));
    assertThat(codes(v)).containsExactly("designation.LIST_TYPE_BASIS_BELOW_LEVEL");
    assertThat(v.findings().get(0).requirement()).isEqualTo(RequirementId.DES_1);
    assertThat(v.findings().get(0).legalBases()).contains(Instruments.STATE_COUNCIL_OPINION_2020_49, Fixtures.NORMATIVE);
    assertThat(v.findings().get(0).messageZh()).isEqualTo("名单“安全生产严重失信主体名单”的设立依据《某县失信惩戒办法》属于规范性文件；"
        + "设立严重失信主体名单须以法律、行政法规或者党中央、国务院政策文件为依据。");
    assertThat(normative.checkOn(PROPOSED).outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(SAFETY.checkOn(PROPOSED).findings()).isEmpty();
  }

  @Test
  void aLocalListTypeCannotAlterTheNationalCriteriaAndAProposalMustNameTheirVersion() {
    Verdict v = refused(service.propose(propose("QTX-L-1", PROPOSED, Fixtures.COMPANY, Fixtures.SAFETY_QTX_ALTERED,
        "2021-v1")));
    assertThat(codes(v)).containsExactly("designation.LIST_TYPE_ALTERS_CRITERIA", "designation.LIST_TYPE_ALTERS_CRITERIA",
        "designation.CRITERIA_VERSION_MISMATCH");
    assertThat(v.findings().subList(0, 2)).extracting(f -> f.fact(DesignationFacts.CRITERION).orElseThrow().code())
        .containsExactly("CRITERIA_VERSION", "LISTING_PERIOD");
    assertThat(v.findings().get(0).fact(DesignationFacts.NATIONAL_LIST_TYPE)).map(Term::code).contains("SAFETY-SEVERE");
    assertThat(v.findings().get(0).messageZh()).isEqualTo(
        "地方名单“安全生产严重失信主体名单”改变了全国名单“安全生产严重失信主体名单”的认定标准版本；全国统一的认定标准不得擅自提高或者降低。");
    assertThat(v.findings().get(2).fact(DesignationFacts.PROPOSED_CRITERIA_VERSION)).contains("2021-v1");
    assertThat(v.findings().get(2).fact(DesignationFacts.CRITERIA_VERSION)).contains("2021-v1-local");
    assertThat(v.findingsFor(RequirementId.DES_2)).hasSize(3);

    Designation local = accepted(service.propose(propose("QTX-L-2", PROPOSED, Fixtures.COMPANY, Fixtures.SAFETY_QTX,
        "2021-v1")));
    assertThat(local.listType().objectionWindowWorkingDays()).isEqualTo(3); // procedural windows may be local
    assertThat(local.resolvedListType().nationalListType()).contains(SAFETY);
    Verdict wrongVersion = refused(service.propose(propose("QTX-L-3", PROPOSED, Fixtures.COMPANY, Fixtures.SAFETY_QTX,
        "2019")));
    assertThat(codes(wrongVersion)).containsExactly("designation.CRITERIA_VERSION_MISMATCH");

    Actor elsewhere = Actor.of("银川市应急管理局", "officer-1", Jurisdiction.of("640100"));
    DesignationCommand.Propose outside = propose("QTX-L-4", PROPOSED, Fixtures.COMPANY, Fixtures.SAFETY_QTX, "2021-v1")
        .toBuilder().actor(elsewhere).build();
    Verdict out = refused(service.propose(outside));
    assertThat(codes(out)).containsExactly("designation.OUTSIDE_LIST_JURISDICTION");
    assertThat(out.findings().get(0).fact(DesignationFacts.LIST_JURISDICTION)).map(Term::code).contains("640381");
    assertThat(out.findings().get(0).fact(DesignationFacts.DEPARTMENT_JURISDICTION)).map(Term::code).contains("640100");
  }

  @Test
  void aListTypeNotInForceIsAFindingAndNothingInForceIsTheRuleSetFinding() {
    Verdict unknown = refused(service.propose(propose("QTX-U-1", PROPOSED).toBuilder().listTypeCode("NO-SUCH-LIST").build()));
    assertThat(codes(unknown)).containsExactly("designation.LIST_TYPE_NOT_IN_FORCE");
    assertThat(unknown.findings().get(0).fact(DesignationFacts.LIST_TYPE_CODE)).contains("NO-SUCH-LIST");
    assertThat(unknown.ruleSetVersion()).isEmpty();

    LocalDate before = LocalDate.of(1999, 12, 31);
    Verdict none = refused(service.propose(propose("QTX-U-2", before)));
    assertThat(codes(none)).containsExactly("ruleset.NOT_IN_FORCE");
    assertThat(none.findings().get(0).legalBases()).containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49);
  }

  @Test
  void findingsCiteTheProceduralBasesOfTheLayersInForceWhereTheDepartmentIs() {
    Actor wuzhong = Actor.of("吴忠市利通区应急管理局", "officer-2", Jurisdiction.of("640302"));
    DesignationCommand.Propose bare = propose("WZ-1", PROPOSED).toBuilder().actor(wuzhong).grounds(Optional.empty()).build();
    Verdict v = refused(service.propose(bare));
    assertThat(codes(v)).containsExactly("designation.PROPOSAL_WITHOUT_GROUNDS");
    // no Qingtongxia layer on Litong's chain: no verdict outside Qingtongxia cites the Qingtongxia plan
    assertThat(v.findings().get(0).legalBases()).containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49, SAFETY.basis());
    assertThat(v.ruleSetVersion()).contains(RuleSetVersion.parse("list-types:test-national@2000-01-01"));
  }

  @Test
  void aProposalRestsOnALegallyEffectiveRulingAndStatesGrounds() {
    DesignationCommand.Propose bare = DesignationCommand.propose().id(ID).listTypeCode(SAFETY.code()).subject(Fixtures.COMPANY)
        .criteriaVersion("2021-v1").on(PROPOSED).actor(OFFICER).build();
    assertThat(codes(refused(service.propose(bare))))
        .containsExactly("designation.PROPOSAL_WITHOUT_EFFECTIVE_RULING", "designation.PROPOSAL_WITHOUT_GROUNDS");
  }

  @Test
  void aRefusedCommandAppendsNothingAndPublishesNothing() {
    proposedAndNotified();
    ImmutableList<DesignationEvent> before = store.load(ID);
    LocalDate on = LocalDate.of(2025, 5, 2);
    refused(at(on, 2, decide(on)));
    refused(at(on, 2, answer(on, true)));
    refused(at(on, 2, remove(on, RemovalReason.REPAIRED, Kind.REPAIR_APPROVAL)));
    assertThat(store.load(ID)).isEqualTo(before);
    assertThat(store.changes()).isEmpty();
  }

  @Test
  void stepsAreDatedInOrderAndNotAfterToday() {
    proposedAndNotified();
    LocalDate tomorrow = SERVED.plusDays(1);
    Verdict future = refused(at(SERVED, 2, object(tomorrow)));
    assertThat(codes(future)).containsExactly("designation.DATE_IN_FUTURE");
    assertThat(future.findings().get(0).fact(DesignationFacts.TODAY)).contains(SERVED);
    assertThat(future.findings().get(0).messageZh()).isEqualTo("该步骤的日期2025年4月26日晚于今日（2025年4月25日）。");
    Verdict past = refused(at(SERVED, 2, object(SERVED.minusDays(1))));
    assertThat(codes(past)).containsExactly("designation.DATE_BEFORE_PREVIOUS_STEP");
  }

  @Test
  void aStaleVersionIsAConflictAndAnExistingIdToo() {
    proposedAndNotified();
    CommandResult stale = at(SERVED, 1, object(SERVED));
    assertThat(stale).isEqualTo(new CommandResult.Conflict(ID, 1, 2));
    assertThat(service.propose(propose(ID.value(), PROPOSED))).isEqualTo(new CommandResult.Conflict(ID, 0, 2));
    assertThat(store.load(ID)).hasSize(2);
  }

  @Test
  void anUnknownDesignationIsARefusalNotAnException() {
    Verdict v = refused(service.execute(DesignationId.of("NOPE"), 1, serve(SERVED)));
    assertThat(codes(v)).containsExactly("designation.DESIGNATION_NOT_FOUND");
    assertThat(v.findings().get(0).fact(DesignationFacts.DESIGNATION)).contains("NOPE");
  }

  @Test
  void expiryNeedsNoEventAndRecordingItIsOptional() {
    proposedAndNotified();
    LocalDate decided = LocalDate.of(2025, 6, 3);
    DecisionDocument oneYear = Fixtures.completeDecisionWithoutPeriod(decided).listingPeriod(Period.ofYears(1)).build();
    Designation d = accepted(at(decided, 2, DesignationCommand.decide().actor(OFFICER).decision(oneYear).build()));
    store.drainChanges();
    // 1 year from 3 June 2025 ends on 3 June 2026, inclusive (Civil Code Arts. 201-202)
    assertThat(d.lastDayListed()).contains(LocalDate.of(2026, 6, 3));
    assertThat(service.publishedListOn(LocalDate.of(2026, 6, 3))).containsExactly(d);
    assertThat(service.publishedListOn(LocalDate.of(2026, 6, 4))).isEmpty();

    LocalDate lastDay = LocalDate.of(2026, 6, 3);
    Verdict early = refused(at(lastDay, 3, DesignationCommand.remove().actor(OFFICER).on(lastDay)
        .reason(RemovalReason.EXPIRED).build()));
    assertThat(codes(early)).containsExactly("designation.EXPIRY_NOT_REACHED");
    assertThat(early.findings().get(0).fact(DesignationFacts.LAST_DAY_LISTED)).contains(lastDay);
    assertThat(early.findings().get(0).messageZh()).isEqualTo("当事人列入名单至2026年6月3日（含当日）；期满前不得记录期满移出。");
    LocalDate after = LocalDate.of(2026, 6, 10);
    Designation expired = accepted(at(after, 3, DesignationCommand.remove().actor(OFFICER).on(after)
        .reason(RemovalReason.EXPIRED).build()));
    assertThat(expired.statusOn(LocalDate.of(2026, 6, 4))).isEqualTo(Status.EXPIRED);
    assertThat(expired.statusOnLastStep()).isEqualTo(Status.EXPIRED);
    assertThat(store.drainChanges()).extracting(ListingChange::effectiveOn).containsExactly(LocalDate.of(2026, 6, 4));
    Verdict twice = refused(at(after, 4, DesignationCommand.remove().actor(OFFICER).on(after)
        .reason(RemovalReason.EXPIRED).build()));
    assertThat(twice.findings().get(0).fact(DesignationFacts.STEP)).map(Term::code).contains("RECORD_EXPIRY");

    // repair is for a listed subject; revocation still undoes an expired listing
    Verdict notListed = refused(at(after, 4, remove(after, RemovalReason.REPAIRED, Kind.REPAIR_APPROVAL)));
    assertThat(codes(notListed)).containsExactly("designation.NOT_LISTED");
    assertThat(notListed.findings().get(0).messageZh()).isEqualTo("当事人在2026年6月10日不在名单内（该认定处于“列入期限届满”状态）。");
    Verdict noRuling = refused(at(after, 4, remove(after, RemovalReason.REVOKED_ON_REMEDY, Kind.OTHER)));
    assertThat(codes(noRuling)).containsExactly("designation.REMOVAL_DOCUMENT_MISSING");
    assertThat(noRuling.findings().get(0).messageZh())
        .isEqualTo("因经行政复议或者行政诉讼撤销移出名单，须载明所依据的撤销认定决定的行政复议决定或者裁判文书。");
    Designation revoked = accepted(at(after, 4, remove(after, RemovalReason.REVOKED_ON_REMEDY, Kind.REMEDY_RULING)));
    assertThat(revoked.statusOn(after)).isEqualTo(Status.REMOVED);
    assertThat(revoked.statusOn(after.minusDays(1))).isEqualTo(Status.EXPIRED);
  }

  @Test
  void anAnswerLateIntoAnUncoveredYearIsOverdueWithItsDaysLateUncounted() {
    LocalDate proposed = LocalDate.of(2026, 12, 10);
    clock.set(proposed);
    accepted(service.propose(propose(ID.value(), proposed)));
    LocalDate served = LocalDate.of(2026, 12, 14);
    accepted(at(served, 1, serve(served)));
    LocalDate filed = LocalDate.of(2026, 12, 21);
    Designation d = accepted(at(filed, 2, object(filed)));
    assertThat(d.objectionAnswerDeadline()).contains(new Deadline.Due(LocalDate.of(2026, 12, 28)));
    LocalDate answeredOn = LocalDate.of(2027, 1, 5);
    CommandResult r = at(answeredOn, 3, answer(answeredOn, false));
    Verdict late = ((CommandResult.Accepted) r).verdict();
    assertThat(codes(late)).containsExactly("designation.OBJECTION_ANSWER_OVERDUE_UNCOUNTED");
    assertThat(late.findings().get(0).fact(DesignationFacts.ANSWERED_ON)).contains(answeredOn);
    DesignationEvent.ObjectionAnswered e = (DesignationEvent.ObjectionAnswered) ((CommandResult.Accepted) r).event();
    assertThat(e.timeliness()).isEqualTo(Timeliness.OVERDUE);
    assertThat(e.workingDaysLate()).isEmpty();
  }

  @Test
  void aDeadlineTheCalendarDoesNotCoverIsATypedResultNeverAGuess() {
    LocalDate proposed = LocalDate.of(2026, 12, 21);
    clock.set(proposed);
    accepted(service.propose(propose(ID.value(), proposed)));
    LocalDate served = LocalDate.of(2026, 12, 24);
    Designation d = accepted(at(served, 1, serve(served)));
    // 10 working days after 24 December 2026 reach into 2027, which the bundled calendar does not cover
    assertThat(d.objectionDeadline()).contains(new Deadline.NotComputable(served, 10, LocalDate.of(2020, 1, 1),
        LocalDate.of(2026, 12, 31)));

    LocalDate filed = LocalDate.of(2026, 12, 28);
    CommandResult objection = at(filed, 2, object(filed));
    assertThat(codes(((CommandResult.Accepted) objection).verdict())).containsExactly("designation.OBJECTION_DEADLINE_UNKNOWN");
    LocalDate answeredOn = LocalDate.of(2027, 1, 4);
    CommandResult answered = at(answeredOn, 3, answer(answeredOn, false));
    DesignationEvent.ObjectionAnswered e = (DesignationEvent.ObjectionAnswered) ((CommandResult.Accepted) answered).event();
    assertThat(e.timeliness()).isEqualTo(Timeliness.NOT_COMPUTABLE);

    LocalDate decided = LocalDate.of(2027, 2, 1);
    Verdict v = refused(at(decided, 4, decide(decided)));
    assertThat(codes(v)).containsExactly("designation.OBJECTION_DEADLINE_NOT_COMPUTABLE");
    assertThat(v.findings().get(0).fact(DesignationFacts.WORKING_DAYS)).contains(10);
    assertThat(v.findings().get(0).fact(DesignationFacts.COUNTED_FROM)).contains(served);
    assertThat(v.findings().get(0).messageZh()).isEqualTo(
        "异议期限（2026年12月24日后10个工作日）无法计算：工作日历未覆盖该期间，请加载该年度的节假日安排。");
  }

  @Test
  void DES_4_aDecisionGatedByAnEstimatedObjectionDeadlineIsHeldForReviewNeverAllowed() {
    // the calendar estimates 2027 from the statutory holidays, because no 2027 notice is loaded
    DesignationService provisional = DesignationService.builder().store(store).clock(clock)
        .listTypes(Fixtures.REGISTRY).calendar(WorkingDayCalendar.china().withFallback(WorkingDayCalendar.Fallback.PROVISIONAL))
        .build();
    LocalDate proposed = LocalDate.of(2026, 12, 21);
    clock.set(proposed);
    accepted(provisional.propose(propose(ID.value(), proposed)));
    LocalDate served = LocalDate.of(2026, 12, 24);
    clock.set(served);
    Designation d = accepted(provisional.execute(ID, 1, serve(served)));
    Deadline deadline = d.objectionDeadline().orElseThrow();
    assertThat(deadline).isInstanceOf(Deadline.Provisional.class);
    // 25-31 December 2026 give 5 working days, then 1 January 2027 (New Year) is skipped: the 5 more end on 8 January
    LocalDate estimate = LocalDate.of(2027, 1, 8);
    assertThat(deadline.lastDay()).contains(estimate);
    assertThat(((Deadline.Provisional) deadline).answer().officialUntil()).isEqualTo(LocalDate.of(2026, 12, 31));

    LocalDate early = LocalDate.of(2027, 1, 6);
    clock.set(early);
    CommandResult tooEarly = provisional.execute(ID, 2, decide(early));
    assertThat(tooEarly).isInstanceOf(CommandResult.Refused.class);
    assertThat(codes(((CommandResult.Refused) tooEarly).verdict()))
        .containsExactly("designation.OBJECTION_WINDOW_NOT_PASSED", "designation.OBJECTION_DEADLINE_PROVISIONAL");

    LocalDate decided = LocalDate.of(2027, 2, 1);
    clock.set(decided);
    CommandResult held = provisional.execute(ID, 2, decide(decided));
    assertThat(held).as("an estimate never allows the decision by itself").isInstanceOf(CommandResult.Refused.class);
    Verdict v = ((CommandResult.Refused) held).verdict();
    assertThat(v.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(codes(v)).containsExactly("designation.OBJECTION_DEADLINE_PROVISIONAL");
    assertThat(v.findings().get(0).fact(DesignationFacts.OBJECTION_DEADLINE)).contains(estimate);
    assertThat(v.findings().get(0).messageZh()).isEqualTo("异议期限只能推算（推算为2027年1月8日）：已加载的节假日安排只到2026年12月31日，"
        + "推算未含该年度的调休安排。本认定决定暂缓，须经人工审核；请加载该年度国务院办公厅节假日安排通知后按正式期限办理。");
    assertThat(store.load(ID)).as("nothing appended while held").hasSize(2);
  }

  @Test
  void programmingErrorsThrowInGuavaStyle() {
    assertThatIllegalArgumentException().isThrownBy(() -> service.execute(ID, 1, propose(ID.value(), PROPOSED)));
    assertThatIllegalArgumentException().isThrownBy(() -> service.execute(ID, 0, serve(SERVED)));
    assertThatNullPointerException().isThrownBy(() -> service.execute(ID, 1, null));
    assertThatIllegalStateException().isThrownBy(() -> DesignationService.builder().store(store).build());
    assertThatIllegalStateException().isThrownBy(() -> DesignationService.builder().store(store)
        .clock(clock).build()).withMessageContaining("list types");
    assertThatIllegalArgumentException().isThrownBy(() -> DesignationId.of("has space"));
    assertThatIllegalArgumentException().isThrownBy(() -> Designation.replay(ImmutableList.of(), WorkingDayCalendar.china(),
        Fixtures.REGISTRY));
  }
}
