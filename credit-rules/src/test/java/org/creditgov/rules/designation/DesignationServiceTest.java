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
import java.util.stream.Collectors;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.designation.DocumentRef.Kind;
import org.junit.jupiter.api.Test;

/** Example tests of the designation procedure, step by step, with working-day deadlines. */
class DesignationServiceTest {

  private static final LocalDate PROPOSED = LocalDate.of(2025, 4, 21); // Monday
  private static final LocalDate SERVED = LocalDate.of(2025, 4, 25); // Friday
  private static final DesignationId ID = DesignationId.of("QTX-2025-0001");

  private final TestClock clock = new TestClock(PROPOSED);
  private final DesignationStore store = DesignationStore.inMemory();
  private final InMemoryDesignationOutbox outbox = new InMemoryDesignationOutbox();
  private final DesignationService service =
      DesignationService.builder().store(store).outbox(outbox).clock(clock).build();

  private CommandResult at(LocalDate today, long version, DesignationCommand command) {
    clock.setToday(today);
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
    assertThat(d.status()).isEqualTo(Status.PROPOSED);
    // 5 working days after Mon 21 April 2025: 22, 23, 24, 25 and Sunday 27 April (an adjusted working day)
    assertThat(d.noticeDeadline()).isEqualTo(new Deadline.Due(LocalDate.of(2025, 4, 27)));

    d = accepted(at(SERVED, 1, serve(SERVED)));
    // 10 working days after Fri 25 April: 27, 28, 29, 30 April, (1-5 May off) 6, 7, 8, 9, 12, 13 May
    assertThat(d.objectionDeadline()).contains(new Deadline.Due(LocalDate.of(2025, 5, 13)));

    LocalDate filed = LocalDate.of(2025, 4, 29);
    d = accepted(at(filed, 2, object(filed)));
    assertThat(d.status()).isEqualTo(Status.OBJECTION_PENDING);
    // 5 working days after 29 April: 30 April, 6, 7, 8, 9 May
    assertThat(d.objectionAnswerDeadline()).contains(new Deadline.Due(LocalDate.of(2025, 5, 9)));

    CommandResult early = at(LocalDate.of(2025, 5, 8), 3, decide(LocalDate.of(2025, 5, 8)));
    assertThat(codes(refused(early))).containsExactly("designation.OBJECTION_OPEN");

    CommandResult answered = at(LocalDate.of(2025, 5, 8), 3, answer(LocalDate.of(2025, 5, 8), false));
    d = accepted(answered);
    assertThat(((CommandResult.Accepted) answered).verdict().findings()).isEmpty();
    assertThat(d.status()).isEqualTo(Status.NOTIFIED);

    Verdict tooEarly = refused(at(LocalDate.of(2025, 5, 13), 4, decide(LocalDate.of(2025, 5, 13))));
    assertThat(codes(tooEarly)).containsExactly("designation.OBJECTION_WINDOW_NOT_PASSED");
    assertThat(tooEarly.findings().get(0).arguments()).containsExactly("2025-05-13");
    assertThat(tooEarly.findings().get(0).legalBases()).contains(Instruments.STATE_COUNCIL_OPINION_2020_49, SAFETY.basis());

    LocalDate decided = LocalDate.of(2025, 5, 14);
    d = accepted(at(decided, 4, decide(decided)));
    assertThat(d.status()).isEqualTo(Status.LISTED);
    assertThat(d.listedFrom()).contains(decided);
    assertThat(d.listedUntil()).contains(LocalDate.of(2028, 5, 13));
    assertThat(outbox.drain()).containsExactly(new ListingChange(ID, 5, "SAFETY-SEVERE", ListingChange.Kind.LISTED,
        decided, java.util.Optional.of(LocalDate.of(2028, 5, 13)), java.util.Optional.empty()));

    assertThat(d.statusOn(LocalDate.of(2025, 4, 20))).isEqualTo(Status.NOT_PROPOSED);
    assertThat(d.statusOn(PROPOSED)).isEqualTo(Status.PROPOSED);
    assertThat(d.statusOn(SERVED)).isEqualTo(Status.NOTIFIED);
    assertThat(d.statusOn(filed)).isEqualTo(Status.OBJECTION_PENDING);
    assertThat(d.statusOn(LocalDate.of(2025, 5, 8))).isEqualTo(Status.NOTIFIED);
    assertThat(d.statusOn(LocalDate.of(2028, 5, 13))).isEqualTo(Status.LISTED);
    assertThat(d.statusOn(LocalDate.of(2028, 5, 14))).isEqualTo(Status.EXPIRED); // no event, no timer
    assertThat(service.publishedListOn(LocalDate.of(2026, 1, 1))).containsExactly(d);

    LocalDate repaired = LocalDate.of(2026, 6, 1);
    d = accepted(at(repaired, 5, remove(repaired, RemovalReason.REPAIRED, Kind.REPAIR_APPROVAL)));
    assertThat(d.statusOn(repaired.minusDays(1))).isEqualTo(Status.LISTED);
    assertThat(d.statusOn(repaired)).isEqualTo(Status.REMOVED);
    assertThat(d.leftListOn()).contains(repaired);
    assertThat(service.publishedListOn(repaired.minusDays(1))).containsExactly(d);
    assertThat(service.publishedListOn(repaired)).isEmpty();
    assertThat(outbox.drain()).extracting(ListingChange::kind, ListingChange::effectiveOn, ListingChange::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ListingChange.Kind.REMOVED, repaired,
            java.util.Optional.of(RemovalReason.REPAIRED)));

    assertThat(d.events()).hasSize(6);
    assertThat(d.events()).extracting(DesignationEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(Designation.replay(store.load(ID), WorkingDayCalendar.china())).isEqualTo(d);
  }

  @Test
  void everyEventKeepsWhoWhenOnWhatBasisAndWhichDocuments() {
    Designation d = proposedAndNotified();
    DesignationEvent notice = d.events().get(1);
    assertThat(notice).isInstanceOf(DesignationEvent.NoticeServed.class);
    assertThat(notice.actor()).isEqualTo(OFFICER);
    assertThat(notice.on()).isEqualTo(SERVED);
    assertThat(notice.recordedAt()).isEqualTo(clock.instant());
    assertThat(notice.legalBases()).containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49, Fixtures.SAFETY_LAW);
    assertThat(notice.documents()).containsExactly(DocumentRef.of(Kind.PRIOR_NOTICE, "青应急告〔2025〕3号", SERVED));
    assertThat(d.events().get(0).documents()).extracting(DocumentRef::kind).containsExactly(Kind.EFFECTIVE_RULING);
  }

  @Test
  void anUpheldObjectionDropsTheDesignation() {
    proposedAndNotified();
    LocalDate filed = LocalDate.of(2025, 4, 28);
    accepted(at(filed, 2, object(filed)));
    Designation d = accepted(at(filed, 3, answer(filed, true)));
    assertThat(d.status()).isEqualTo(Status.DROPPED);
    assertThat(codes(refused(at(LocalDate.of(2025, 6, 1), 4, decide(LocalDate.of(2025, 6, 1))))))
        .containsExactly("designation.STEP_NOT_ALLOWED");
    assertThat(outbox.pending()).isEmpty();
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
    assertThat(v.findings().get(0).messageEn()).isEqualTo("The objection was answered 2 working days after its deadline 9 May 2025.");
    assertThat(v.findings().get(0).messageZh()).isEqualTo("异议答复超过期限2025年5月9日共2个工作日。");
    DesignationEvent.ObjectionAnswered e = (DesignationEvent.ObjectionAnswered) ((CommandResult.Accepted) r).event();
    assertThat(e.timeliness()).isEqualTo(Timeliness.OVERDUE);
    assertThat(e.workingDaysLate()).hasValue(2);
  }

  @Test
  void aLateNoticeIsAcceptedAndFlagged() {
    accepted(service.propose(propose(ID.value(), PROPOSED)));
    LocalDate late = LocalDate.of(2025, 4, 29); // deadline Sun 27 April; 28 and 29 April
    CommandResult r = at(late, 1, serve(late));
    assertThat(codes(((CommandResult.Accepted) r).verdict())).containsExactly("designation.NOTICE_SERVED_LATE");
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
    assertThat(codes(refused(at(waived, 3, object(waived))))).containsExactly("designation.OBJECTION_RIGHT_WAIVED");
    Designation d = accepted(at(waived, 3, decide(waived)));
    assertThat(d.status()).isEqualTo(Status.LISTED);
  }

  @Test
  void anObjectionAfterTheWindowIsRefused() {
    proposedAndNotified();
    LocalDate after = LocalDate.of(2025, 5, 14);
    assertThat(codes(refused(at(after, 2, object(after))))).containsExactly("designation.OBJECTION_WINDOW_CLOSED");
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
    assertThat(v.findings().get(7).arguments()).containsExactly(Fixtures.REPAIR_CONDITION);
    assertThat(store.load(ID)).hasSize(2);
  }

  @Test
  void aListingPeriodOutsideTheRangeIsRefused() {
    proposedAndNotified();
    LocalDate on = LocalDate.of(2025, 6, 3);
    DecisionDocument fourYears = Fixtures.completeDecisionWithoutPeriod(on).listingPeriod(Period.ofYears(4)).build();
    Verdict v = refused(at(on, 2, DesignationCommand.decide().actor(OFFICER).decision(fourYears).build()));
    assertThat(codes(v)).containsExactly("designation.LISTING_PERIOD_OUT_OF_RANGE");
    assertThat(v.findings().get(0).arguments()).containsExactly("P4Y", "P1Y..P3Y");
  }

  @Test
  void aMinorIsRefusedUnlessTheListTypeAllowsMinors() {
    // 18 on 22 April 2025: a minor on the day of the proposal
    org.creditgov.core.subject.NaturalPerson minor = Fixtures.minorBornOn(LocalDate.of(2007, 4, 22));
    Verdict v = refused(service.propose(propose("QTX-M-1", PROPOSED, minor, SAFETY, "2021-v1")));
    assertThat(codes(v)).containsExactly("designation.MINOR_EXCLUDED");
    assertThat(v.findings().get(0).requirement()).isEqualTo(RequirementId.SAN_4);
    assertThat(store.ids()).isEmpty();

    ListType allowsMinors = SAFETY.toBuilder().minorsMayBeListed(true).build();
    accepted(service.propose(propose("QTX-M-2", PROPOSED, minor, allowsMinors, "2021-v1")));
    clock.setToday(LocalDate.of(2025, 4, 22)); // the 18th birthday: no longer a minor
    accepted(service.propose(propose("QTX-M-3", LocalDate.of(2025, 4, 22), minor, SAFETY, "2021-v1")));
  }

  @Test
  void aListTypeBelowCentralPolicyLevelCannotBeUsed() {
    ListType normative = SAFETY.toBuilder().basis(Fixtures.NORMATIVE).build();
    Verdict v = refused(service.propose(propose("QTX-N-1", PROPOSED, Fixtures.COMPANY, normative, "2021-v1")));
    assertThat(codes(v)).containsExactly("designation.LIST_TYPE_BASIS_BELOW_LEVEL");
    assertThat(v.findings().get(0).requirement()).isEqualTo(RequirementId.DES_1);
    assertThat(v.findings().get(0).legalBases()).contains(Instruments.STATE_COUNCIL_OPINION_2020_49, Fixtures.NORMATIVE);
    assertThat(normative.checkOn(PROPOSED).outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(SAFETY.checkOn(PROPOSED).findings()).isEmpty();
  }

  @Test
  void aLocalListTypeCannotAlterTheNationalCriteriaAndAProposalMustNameTheirVersion() {
    ListType local = SAFETY.toBuilder().code("SAFETY-SEVERE-640381").jurisdiction(Fixtures.QINGTONGXIA)
        .nationalListType(SAFETY).criteriaVersion("2021-v1-local").listingPeriod(ListingPeriod.fixed(Period.ofYears(5)))
        .objectionWindowWorkingDays(3) // procedural windows may be local
        .build();
    Verdict v = refused(service.propose(propose("QTX-L-1", PROPOSED, Fixtures.COMPANY, local, "2021-v1")));
    assertThat(codes(v)).containsExactly("designation.LIST_TYPE_ALTERS_CRITERIA", "designation.LIST_TYPE_ALTERS_CRITERIA",
        "designation.CRITERIA_VERSION_MISMATCH");
    assertThat(v.findings()).extracting(f -> f.arguments().get(1))
        .containsExactly("criteriaVersion", "listingPeriod", "2021-v1-local");
    assertThat(v.findingsFor(RequirementId.DES_2)).hasSize(3);

    ListType faithful = SAFETY.toBuilder().code("SAFETY-SEVERE-640381").jurisdiction(Fixtures.QINGTONGXIA)
        .nationalListType(SAFETY).objectionWindowWorkingDays(3).build();
    accepted(service.propose(propose("QTX-L-2", PROPOSED, Fixtures.COMPANY, faithful, "2021-v1")));
    Verdict wrongVersion = refused(service.propose(propose("QTX-L-3", PROPOSED, Fixtures.COMPANY, faithful, "2019")));
    assertThat(codes(wrongVersion)).containsExactly("designation.CRITERIA_VERSION_MISMATCH");

    Actor elsewhere = Actor.of("银川市应急管理局", "officer-1", org.creditgov.core.jurisdiction.Jurisdiction.of("640100"));
    DesignationCommand.Propose outside = DesignationCommand.propose().id(DesignationId.of("QTX-L-4")).listType(faithful)
        .subject(Fixtures.COMPANY).criteriaVersion("2021-v1").on(PROPOSED).grounds("事由").actor(elsewhere)
        .addDocuments(DocumentRef.of(Kind.EFFECTIVE_RULING, "银应急罚〔2024〕1号", PROPOSED)).build();
    assertThat(codes(refused(service.propose(outside)))).containsExactly("designation.OUTSIDE_LIST_JURISDICTION");
  }

  @Test
  void aProposalRestsOnALegallyEffectiveRulingAndStatesGrounds() {
    DesignationCommand.Propose bare = DesignationCommand.propose().id(ID).listType(SAFETY).subject(Fixtures.COMPANY)
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
    assertThat(outbox.pending()).isEmpty();
  }

  @Test
  void stepsAreDatedInOrderAndNotAfterToday() {
    proposedAndNotified();
    LocalDate tomorrow = SERVED.plusDays(1);
    Verdict future = refused(at(SERVED, 2, object(tomorrow)));
    assertThat(codes(future)).containsExactly("designation.DATE_IN_FUTURE");
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
  }

  @Test
  void expiryNeedsNoEventAndRecordingItIsOptional() {
    proposedAndNotified();
    LocalDate decided = LocalDate.of(2025, 6, 3);
    DecisionDocument oneYear = Fixtures.completeDecisionWithoutPeriod(decided).listingPeriod(Period.ofYears(1)).build();
    Designation d = accepted(at(decided, 2, DesignationCommand.decide().actor(OFFICER).decision(oneYear).build()));
    outbox.drain();
    assertThat(d.listedUntil()).contains(LocalDate.of(2026, 6, 2));
    assertThat(service.publishedListOn(LocalDate.of(2026, 6, 2))).containsExactly(d);
    assertThat(service.publishedListOn(LocalDate.of(2026, 6, 3))).isEmpty();

    LocalDate lastDay = LocalDate.of(2026, 6, 2);
    Verdict early = refused(at(lastDay, 3, DesignationCommand.remove().actor(OFFICER).on(lastDay)
        .reason(RemovalReason.EXPIRED).build()));
    assertThat(codes(early)).containsExactly("designation.EXPIRY_NOT_REACHED");
    LocalDate after = LocalDate.of(2026, 6, 10);
    Designation expired = accepted(at(after, 3, DesignationCommand.remove().actor(OFFICER).on(after)
        .reason(RemovalReason.EXPIRED).build()));
    assertThat(expired.statusOn(LocalDate.of(2026, 6, 3))).isEqualTo(Status.EXPIRED);
    assertThat(expired.status()).isEqualTo(Status.EXPIRED);
    assertThat(outbox.drain()).extracting(ListingChange::effectiveOn).containsExactly(LocalDate.of(2026, 6, 3));

    // repair is for a listed subject; revocation still undoes an expired listing
    assertThat(codes(refused(at(after, 4, remove(after, RemovalReason.REPAIRED, Kind.REPAIR_APPROVAL)))))
        .containsExactly("designation.NOT_LISTED");
    Verdict noRuling = refused(at(after, 4, remove(after, RemovalReason.REVOKED_ON_REMEDY, Kind.OTHER)));
    assertThat(codes(noRuling)).containsExactly("designation.REMOVAL_DOCUMENT_MISSING");
    Designation revoked = accepted(at(after, 4, remove(after, RemovalReason.REVOKED_ON_REMEDY, Kind.REMEDY_RULING)));
    assertThat(revoked.statusOn(after)).isEqualTo(Status.REMOVED);
    assertThat(revoked.statusOn(after.minusDays(1))).isEqualTo(Status.EXPIRED);
  }

  @Test
  void anAnswerLateIntoAnUncoveredYearIsOverdueWithItsDaysLateUncounted() {
    LocalDate proposed = LocalDate.of(2026, 12, 10);
    clock.setToday(proposed);
    accepted(service.propose(propose(ID.value(), proposed)));
    LocalDate served = LocalDate.of(2026, 12, 14);
    accepted(at(served, 1, serve(served)));
    LocalDate filed = LocalDate.of(2026, 12, 21);
    Designation d = accepted(at(filed, 2, object(filed)));
    assertThat(d.objectionAnswerDeadline()).contains(new Deadline.Due(LocalDate.of(2026, 12, 28)));
    LocalDate answeredOn = LocalDate.of(2027, 1, 5);
    CommandResult r = at(answeredOn, 3, answer(answeredOn, false));
    assertThat(codes(((CommandResult.Accepted) r).verdict())).containsExactly("designation.OBJECTION_ANSWER_OVERDUE_UNCOUNTED");
    DesignationEvent.ObjectionAnswered e = (DesignationEvent.ObjectionAnswered) ((CommandResult.Accepted) r).event();
    assertThat(e.timeliness()).isEqualTo(Timeliness.OVERDUE);
    assertThat(e.workingDaysLate()).isEmpty();
  }

  @Test
  void aDeadlineTheCalendarDoesNotCoverIsATypedResultNeverAGuess() {
    LocalDate proposed = LocalDate.of(2026, 12, 21);
    clock.setToday(proposed);
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
  }

  @Test
  void programmingErrorsThrowInGuavaStyle() {
    assertThatIllegalArgumentException().isThrownBy(() -> service.execute(ID, 1, propose(ID.value(), PROPOSED)));
    assertThatIllegalArgumentException().isThrownBy(() -> service.execute(ID, 0, serve(SERVED)));
    assertThatNullPointerException().isThrownBy(() -> service.execute(ID, 1, null));
    assertThatIllegalStateException().isThrownBy(() -> DesignationService.builder().store(store).build());
    assertThatIllegalArgumentException().isThrownBy(() -> DesignationId.of("has space"));
    assertThatIllegalArgumentException().isThrownBy(() -> Designation.replay(ImmutableList.of(), WorkingDayCalendar.china()));
  }
}
