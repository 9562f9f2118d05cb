package org.creditgov.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.catalog.StopKind;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.DecisionDocument;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.InMemoryDesignationStore;
import org.creditgov.rules.designation.ListingChange;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.PriorNotice;
import org.creditgov.rules.designation.io.BundledListTypes;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.json.RepairJson;
import org.creditgov.rules.procedure.EventStore;
import org.creditgov.rules.procedure.InMemoryEventStore;
import org.creditgov.rules.repair.InformationKind;
import org.creditgov.rules.repair.ListingRemovals;
import org.creditgov.rules.repair.Material;
import org.creditgov.rules.repair.Repair;
import org.creditgov.rules.repair.RepairApplication;
import org.creditgov.rules.repair.RepairCase;
import org.creditgov.rules.repair.RepairCommand;
import org.creditgov.rules.repair.RepairCondition;
import org.creditgov.rules.repair.RepairDecision;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.rules.repair.RepairLedger;
import org.creditgov.rules.repair.RepairRegime;
import org.creditgov.rules.repair.RepairService;
import org.creditgov.rules.repair.RepairedInformation;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.ConductFact;
import org.creditgov.rules.sanction.Intent;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.rules.sanction.Trigger;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.Delivery;
import org.creditgov.rules.sync.SameDayReport;
import org.creditgov.rules.sync.SyncRelay;
import org.creditgov.rules.sync.SyncStore;
import org.creditgov.rules.sync.SyncTarget;

/**
 * The repair scene of the demo (REP-1 … REP-6): a company's severe-list listing with a tendering
 * ban founded on it; a repair applied for under the regime in force on the application day (the
 * bundled regimes change on 2026-04-01), accepted and approved; the approval removes the listing as
 * repaired, stops the record's publication and sharing that day, and the same ban is refused
 * afterwards; the approval's changes are synced to the credit website and the sharing platform,
 * with the same-day report (当日同步) naming what was not acknowledged on its day.
 */
final class RepairScene {

  /** A clock the scene moves from step to step. */
  private static final class OfficeClock extends Clock {
    private Instant now;

    OfficeClock(LocalDate today) {
      set(today);
    }

    void set(LocalDate today) {
      now = today.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return ChinaTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      if (zone.equals(ChinaTime.ZONE)) {
        return this;
      }
      throw new UnsupportedOperationException("the scene runs in Asia/Shanghai");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static final LegalBasis SAFETY_LAW = LegalBasis.builder()
      .level(InstrumentLevel.LAW).issuer("全国人民代表大会常务委员会").title("中华人民共和国安全生产法")
      .effective(EffectivePeriod.from(LocalDate.of(2021, 9, 1))).build();
  private static final Jurisdiction QTX = Jurisdiction.of("640381");
  private static final String DEPARTMENT = "青铜峡市应急管理局";
  private static final String LISTING_DOC = "青应急决〔2025〕9号";

  private final PrintStream out;

  RepairScene(PrintStream out) {
    this.out = out;
  }

  void run() {
    LocalDate proposed = LocalDate.of(2025, 4, 21);
    OfficeClock clock = new OfficeClock(proposed);
    RepairLedger ledger = RepairLedger.create();
    InMemoryDesignationStore designationStore = DesignationStore.inMemory();
    DesignationService designations = DesignationService.builder().store(designationStore).clock(clock)
        .listTypes(BundledListTypes.registry()).repairs(ledger).build();
    ListingRemovals removals = ListingRemovals.on(designations);
    InMemoryEventStore<RepairId, RepairEvent, Change> store = EventStore.inMemory();
    RepairService repairs = RepairService.builder().regimes(BundledRepairRegimes.registry()).store(store).clock(clock)
        .onEvent(ledger).onEvent(removals).build();
    Actor officer = Actor.of(DEPARTMENT, "officer-007", QTX);
    Organisation company = Organisation.of(SubjectType.LEGAL_PERSON,
        UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某化工有限公司");

    Designation listing = list(designations, clock, officer, company, proposed);
    LocalDate listed = listing.events().get(listing.events().size() - 1).on();
    SanctionChecker checker = SanctionChecker.of(BundledLists.registry(), ledger);
    report("a year of extra inspections founded on the listing, on 2026-05-20", checker.check(ban(listing, company, LocalDate.of(2026, 5, 20))));

    LocalDate applied = LocalDate.of(2026, 6, 1);
    LocalDate approved = LocalDate.of(2026, 6, 3);
    RepairRegime before = repairs.regimes().governing(QTX, RepairCase.NATIONAL, LocalDate.of(2026, 3, 31)).orElseThrow();
    RepairRegime inForce = repairs.regimes().governing(QTX, RepairCase.NATIONAL, applied).orElseThrow();
    out.printf("  regime for an application on 2026-03-31: %s; on %s: %s%n", before.id(), applied, inForce.id());
    clock.set(applied);
    RepairId id = RepairId.of("QTX-R-2026-001");
    RepairedInformation information = new RepairedInformation(InformationKind.SEVERE_LIST, SeverityClass.SERIOUS, QTX,
        RepairCase.NATIONAL, "NAT-SEVERE-LIST", LISTING_DOC, listed, Optional.of(listing.id()), Set.of());
    Repair r = accepted(repairs.apply(id, new RepairApplication(SubjectRef.of(company), information, applied, DEPARTMENT,
        Set.of(Material.PROOF_OF_FULFILMENT, Material.COMMITMENT_LETTER), Set.of(RepairCondition.OTHER_BY_LAW))));
    out.printf("  %s repair applied for under %s (feedback due %s)%n", applied, r.regimeId(),
        r.feedbackDue().flatMap(t -> t.lastDay()).map(Object::toString).orElse("?"));
    r = accepted(repairs.execute(id, r.version(), new RepairCommand.Accept(officer, applied)));
    out.printf("  %s accepted%n", applied);
    clock.set(approved);
    r = accepted(repairs.execute(id, r.version(), new RepairCommand.Decide(officer, RepairDecision.approve("青信修〔2026〕3号",
        approved, "已履行行政处罚决定并作出信用承诺", inForce.legalBases()))));
    out.printf("  %s repair %s (%s)%n", approved, r.status(), r.decision().map(RepairDecision::documentNumber).orElse("?"));

    Designation after = designations.find(listing.id()).orElseThrow();
    DesignationEvent.Removed removed = (DesignationEvent.Removed) after.events().get(after.events().size() - 1);
    out.printf("  listing on %s: %s; on %s: %s, removed as %s by %s%n", approved.minusDays(1),
        after.statusOn(approved.minusDays(1)), approved, after.statusOn(approved), removed.reason(),
        removed.documents().get(0).number());
    report("the same inspections on " + approved, checker.check(ban(after, company, approved)));
    CreditRecord record = CreditRecord.builder().itemCode("NAT-SEVERE-LIST").subject(company).decisionDate(listed)
        .documentNumber(LISTING_DOC).issuingDepartment(DEPARTMENT).severityClass(SeverityClass.SERIOUS)
        .submissionDate(listed).build();
    out.printf("  publication stopped from %s, sharing stopped from %s (%s)%n",
        ledger.stopOf(record).map(s -> s.stoppedOn().toString()).orElse("no"),
        ledger.stopOf(record, StopKind.SHARING).map(s -> s.stoppedOn().toString()).orElse("no"),
        ledger.stopOf(record).map(s -> s.reason().toString()).orElse("-"));

    List<Change> changes = store.messages();
    SyncStore sync = SyncStore.inMemory(List.of(SyncTarget.CREDIT_CHINA, SyncTarget.SHARING_PLATFORM));
    int deliveries = SyncRelay.into(sync).relay(changes);
    int sameDay = 0;
    for (Change c : changes) { // the platform acknowledges the repair itself a day late
      sameDay += sync.acknowledged(SyncTarget.CREDIT_CHINA, c.changeId(), approved).sameDay() ? 1 : 0;
      sameDay += sync.acknowledged(SyncTarget.SHARING_PLATFORM, c.changeId(),
          c.kind() == org.creditgov.rules.sync.ChangeKind.REPAIRED ? approved.plusDays(1) : approved).sameDay() ? 1 : 0;
    }
    out.printf("  %d changes in the outbox with the approval (%s) → %d deliveries, %d acknowledged the same day%n",
        changes.size(), changes.stream().map(c -> c.kind().name()).reduce((a, b) -> a + ", " + b).orElse(""), deliveries,
        sameDay);
    // the designation store's outbox: the listing and its removal as REPAIRED, stored with their events
    List<ListingChange> listingChanges = designationStore.drainChanges();
    int listingDeliveries = SyncRelay.into(sync).relayListings(listingChanges);
    int listingSameDay = 0;
    for (ListingChange c : listingChanges) { // both systems acknowledge each on the day it took effect
      listingSameDay += sync.acknowledged(SyncTarget.CREDIT_CHINA, c.changeId(), c.effectiveOn()).sameDay() ? 1 : 0;
      listingSameDay += sync.acknowledged(SyncTarget.SHARING_PLATFORM, c.changeId(), c.effectiveOn()).sameDay() ? 1 : 0;
    }
    out.printf("  %d listing changes in the designation store's outbox (%s) → %d deliveries, %d acknowledged the same day%n",
        listingChanges.size(),
        listingChanges.stream().map(c -> c.kind() + " " + c.effectiveOn()).reduce((a, b) -> a + ", " + b).orElse(""),
        listingDeliveries, listingSameDay);
    SameDayReport report = SameDayReport.of(sync, approved);
    for (SameDayReport.Line l : report.lines()) {
      out.printf("  当日同步 %s, %s: %d changes, %d not acknowledged on the day%s%n", l.target().nameZh(), l.department(),
          l.changes(), l.missed().size(), l.missed().isEmpty() ? ""
              : " (" + l.missed().stream().map(Delivery::change).map(c -> c.kind().name()).reduce((a, b) -> a + ", " + b)
                  .orElse("") + ")");
    }
    String json = RepairJson.EVENT.encode(store.load(id).get(2));
    out.printf("  the approval as stored: %s…%n", json.substring(0, Math.min(json.length(), 96)));
  }

  private Designation list(DesignationService service, OfficeClock clock, Actor officer, Organisation company, LocalDate proposed) {
    DesignationId id = DesignationId.of("QTX-2025-0009");
    Designation d = accepted(service.propose(DesignationCommand.propose().id(id).listTypeCode("SAFETY-SEVERE")
        .subject(company).criteriaVersion("2021-v1").on(proposed).grounds("2024年发生较大生产安全事故").actor(officer)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.EFFECTIVE_RULING, "青应急罚〔2024〕12号", proposed)).build()));
    LocalDate served = LocalDate.of(2025, 4, 25);
    clock.set(served);
    d = accepted(service.execute(id, d.version(), DesignationCommand.serveNotice().actor(officer)
        .notice(PriorNotice.builder().documentNumber("青应急告〔2025〕3号").grounds("较大生产安全事故")
            .addLegalBases(SAFETY_LAW).rights("可在送达之日起10个工作日内提出异议").servedOn(served).build())
        .build()));
    LocalDate decided = LocalDate.of(2025, 5, 14);
    clock.set(decided);
    d = accepted(service.execute(id, d.version(), DesignationCommand.decide().actor(officer).decision(DecisionDocument.builder()
        .documentNumber(LISTING_DOC).decidedOn(decided).grounds("较大生产安全事故").addLegalBases(SAFETY_LAW)
        .sanctionMeasureNotice("依法限制参与政府采购、工程招投标")
        .addRemovalConditions("履行行政处罚决定并完成信用修复", "列入期限届满")
        .removalProcedure("向认定部门或信用中国网站提出信用修复申请")
        .remedies("可在六十日内申请行政复议，或在六个月内提起行政诉讼")
        .listingPeriod(Period.ofYears(3)).build()).build()));
    out.printf("  %s %s listed on %s through %s%n", decided, id, d.listType().name(),
        d.lastDayListed().map(Object::toString).orElse("?"));
    return d;
  }

  private static final String MEASURE = "QTX-EX-MORE-INSPECTIONS";

  /** More inspections for a year (Qingtongxia's example measure list), founded on the listing and its decision. */
  private static SanctionRequest ban(Designation listing, Organisation company, LocalDate on) {
    return SanctionRequest.builder(MEASURE, company, on).jurisdiction(QTX).implementingBody(DEPARTMENT)
        .bodyKind(BodyKind.PUBLIC_BODY).trigger(Trigger.CONDUCT_FACT).listing(listing)
        .addConductFact(ConductFact.builder().field("安全生产").severityClass(SeverityClass.SERIOUS).intent(Intent.INTENTIONAL)
            .date(listing.events().get(0).on()).document(LISTING_DOC).build())
        .duration(Period.ofYears(1))
        .addCitedBasis(BundledLists.qingtongxiaExample().measure(MEASURE).orElseThrow().legalBases().get(0)).build();
  }

  private void report(String what, Verdict verdict) {
    out.printf("  %s → %s%n", what, verdict.outcome());
    for (Finding f : verdict.findings()) {
      out.printf("    %-5s %s: %s%n", f.requirement().id(), f.code(), f.messageZh());
    }
  }

  private static <S> S accepted(org.creditgov.rules.procedure.CommandResult<?, S, ?> result) {
    if (!(result instanceof org.creditgov.rules.procedure.CommandResult.Accepted<?, S, ?> a)) {
      throw new IllegalStateException("the scene expected the step to be accepted: " + result.verdict());
    }
    return a.state();
  }

  private static Designation accepted(CommandResult result) {
    if (!(result instanceof CommandResult.Accepted)) {
      throw new IllegalStateException("the scene expected the step to be accepted: " + result);
    }
    return ((CommandResult.Accepted) result).designation();
  }
}
