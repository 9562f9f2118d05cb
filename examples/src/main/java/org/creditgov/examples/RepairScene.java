package org.creditgov.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
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
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.PriorNotice;
import org.creditgov.rules.designation.io.BundledListTypes;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.json.RepairJson;
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
import org.creditgov.rules.sync.Delivery;
import org.creditgov.rules.sync.SameDayReport;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.store.jdbc.ChangeSender;
import org.creditgov.store.jdbc.Dispatched;
import org.creditgov.store.jdbc.JdbcOutbox;
import org.creditgov.store.jdbc.JdbcStores;

/**
 * The repair scene of the demo (REP-1 … REP-6): a company's severe-list listing with a tendering
 * ban founded on it; a repair applied for under the regime in force on the application day (the
 * bundled regimes change on 2026-04-01), accepted and approved; the approval removes the listing as
 * repaired, stops the record's publication and sharing that day, and the same ban is refused
 * afterwards; the approval's changes are synced to the credit website and the sharing platform,
 * with the same-day report (当日同步) naming what was not acknowledged on its day. Every step is
 * stored in the embedded H2 database (credit-store-jdbc), its outbox rows in the same transaction,
 * so a second run finds the first run's designations and repairs.
 */
final class RepairScene {

  private static final LegalBasis SAFETY_LAW = LegalBasis.builder()
      .level(InstrumentLevel.LAW).issuer("全国人民代表大会常务委员会").title("中华人民共和国安全生产法")
      .effective(EffectivePeriod.from(LocalDate.of(2021, 9, 1))).build();
  private static final Jurisdiction QTX = Jurisdiction.of("640381");
  private static final String DEPARTMENT = "青铜峡市应急管理局";
  private static final String LISTING_DOC = "青应急决〔2025〕9号";

  private final PrintStream out;
  private final Path database;

  /** The scene on the embedded database in {@code database}: what earlier runs stored stays there. */
  RepairScene(PrintStream out, Path database) {
    this.out = out;
    this.database = database;
  }

  void run() {
    LocalDate proposed = LocalDate.of(2025, 4, 21);
    OfficeClock clock = new OfficeClock(proposed);
    try (JdbcStores stores = JdbcStores.embedded(database).clock(clock).listTypes(BundledListTypes.registry())
        .repairRegimes(BundledRepairRegimes.registry())
        .targets(List.of(SyncTarget.CREDIT_CHINA, SyncTarget.SHARING_PLATFORM)).build()) {
      stores.migrate();
      run(stores, clock, proposed);
    }
  }

  private void run(JdbcStores stores, OfficeClock clock, LocalDate proposed) {
    List<DesignationId> earlier = stores.designations().ids();
    int run = stores.repairs().ids().size() + 1;
    out.printf("  embedded database %s (H2, schema version %s): %d designations and %d repairs from earlier runs%s%n",
        database.toAbsolutePath(), stores.schemaVersion().orElse("?"), earlier.size(), run - 1,
        earlier.isEmpty() ? "" : " (" + earlier.stream().map(DesignationId::value).reduce((a, b) -> a + ", " + b).orElse("") + ")");
    RepairLedger ledger = RepairLedger.replay(stores.repairs());
    DesignationService designations = DesignationService.builder().store(stores.designations()).clock(clock)
        .listTypes(BundledListTypes.registry()).repairs(ledger).build();
    ListingRemovals removals = ListingRemovals.on(designations);
    RepairService repairs = RepairService.builder().regimes(BundledRepairRegimes.registry()).store(stores.repairs())
        .clock(clock).onEvent(ledger).onEvent(removals).build();
    Actor officer = Actor.of(DEPARTMENT, "officer-007", QTX);
    Organisation company = Organisation.of(SubjectType.LEGAL_PERSON,
        UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某化工有限公司");
    JdbcOutbox outbox = stores.outbox();
    ChangeSender creditChina = change -> { }; // both systems acknowledge at once, unless the scene says otherwise

    Designation listing = list(designations, clock, officer, company, proposed, DesignationId.of("QTX-2025-D" + run));
    LocalDate listed = listing.events().get(listing.events().size() - 1).on();
    int onTheDay = deliver(outbox, SyncTarget.CREDIT_CHINA, creditChina)[0]
        + deliver(outbox, SyncTarget.SHARING_PLATFORM, creditChina)[0];
    out.printf("  %s the listing sent to the credit website and the sharing platform from the outbox: %d acknowledged%n",
        listed, onTheDay);
    SanctionChecker checker = SanctionChecker.of(BundledLists.registry(), ledger);
    report("a year of extra inspections founded on the listing, on 2026-05-20", checker.check(ban(listing, company, LocalDate.of(2026, 5, 20))));

    LocalDate applied = LocalDate.of(2026, 6, 1);
    LocalDate approved = LocalDate.of(2026, 6, 3);
    RepairRegime before = repairs.regimes().governing(QTX, RepairCase.NATIONAL, LocalDate.of(2026, 3, 31)).orElseThrow();
    RepairRegime inForce = repairs.regimes().governing(QTX, RepairCase.NATIONAL, applied).orElseThrow();
    out.printf("  regime for an application on 2026-03-31: %s; on %s: %s%n", before.id(), applied, inForce.id());
    clock.set(applied);
    RepairId id = RepairId.of("QTX-R-2026-" + run);
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
    SubjectRef subject = SubjectRef.of(company);
    out.printf("  the database's projection: listed on %s %s, on %s %s; the published list on %s holds %d designations%n",
        approved.minusDays(1), stores.designations().isListed(subject, approved.minusDays(1)), approved,
        stores.designations().isListed(subject, approved), approved,
        stores.designations().publishedListOn(approved).size());
    report("the same inspections on " + approved, checker.check(ban(after, company, approved)));
    CreditRecord record = CreditRecord.builder().itemCode("NAT-SEVERE-LIST").subject(company).decisionDate(listed)
        .documentNumber(LISTING_DOC).issuingDepartment(DEPARTMENT).severityClass(SeverityClass.SERIOUS)
        .submissionDate(listed).build();
    out.printf("  publication stopped from %s, sharing stopped from %s (%s)%n",
        ledger.stopOf(record).map(s -> s.stoppedOn().toString()).orElse("no"),
        ledger.stopOf(record, StopKind.SHARING).map(s -> s.stoppedOn().toString()).orElse("no"),
        ledger.stopOf(record).map(s -> s.reason().toString()).orElse("-"));

    // the approval's changes and the removal were written to the outbox in their steps' transactions
    int website = deliver(outbox, SyncTarget.CREDIT_CHINA, creditChina)[0];
    int failed = deliver(outbox, SyncTarget.SHARING_PLATFORM, change -> {
      throw new java.io.IOException("the sharing platform is unavailable today");
    })[1];
    out.printf("  %s the outbox sends the approval's changes: the credit website acknowledges %d; the sharing platform"
        + " is down (%d attempt failed, retried with backoff; the subject's later changes wait behind it)%n",
        approved, website, failed);
    clock.set(approved.plusDays(1));
    int late = deliver(outbox, SyncTarget.SHARING_PLATFORM, creditChina)[0];
    out.printf("  %s the sharing platform is back: %d acknowledged a day late, in order; %d still open, %d dead letters%n",
        approved.plusDays(1), late, outbox.open(), outbox.deadLetters().size());
    SameDayReport report = SameDayReport.of(outbox, approved);
    for (SameDayReport.Line l : report.lines()) {
      out.printf("  当日同步 %s, %s: %d changes, %d not acknowledged on the day%s%n", l.target().nameZh(), l.department(),
          l.changes(), l.missed().size(), l.missed().isEmpty() ? ""
              : " (" + l.missed().stream().map(Delivery::change).map(c -> c.kind().name()).distinct()
                  .reduce((a, b) -> a + ", " + b).orElse("") + ")");
    }
    String json = RepairJson.EVENT.encode(stores.repairs().load(id).get(2));
    out.printf("  the approval as stored: %s…%n", json.substring(0, Math.min(json.length(), 96)));
  }

  /** Dispatches to {@code target} until nothing is due: the changes acknowledged and the attempts failed. */
  private static int[] deliver(JdbcOutbox outbox, SyncTarget target, ChangeSender sender) {
    int[] counts = new int[2];
    for (Dispatched d = outbox.dispatch(target, sender); d.claimed() > 0; d = outbox.dispatch(target, sender)) {
      counts[0] += d.acknowledged();
      counts[1] += d.failed();
    }
    return counts;
  }

  private Designation list(DesignationService service, OfficeClock clock, Actor officer, Organisation company, LocalDate proposed,
      DesignationId id) {
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
