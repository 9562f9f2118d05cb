package org.creditgov.examples;

import java.io.PrintStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.AuditLogOptions;
import org.creditgov.audit.AuditLogVerifier;
import org.creditgov.audit.Checkpoint;
import org.creditgov.audit.LogVerification;
import org.creditgov.audit.NoteSigner;
import org.creditgov.audit.entry.SubjectPseudonyms;
import org.creditgov.core.catalog.CatalogRegistry;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.privacy.CatalogAccess;
import org.creditgov.privacy.Pseudonymizer;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.ConsentMethod;
import org.creditgov.privacy.consent.ConsentRegistry;
import org.creditgov.privacy.consent.Founding;
import org.creditgov.privacy.disclosure.DisclosureAnswer;
import org.creditgov.privacy.disclosure.DisclosureView;
import org.creditgov.privacy.io.BundledPurposes;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.query.Audience;
import org.creditgov.privacy.query.InMemoryRecordSource;
import org.creditgov.privacy.query.QueryFounding;
import org.creditgov.privacy.query.QueryGateway;
import org.creditgov.privacy.query.QueryRequest;
import org.creditgov.privacy.query.QueryResult;
import org.creditgov.privacy.query.SubjectTokens;
import org.creditgov.rules.decision.AuditDecisionLog;
import org.creditgov.rules.decision.LoggingDesignationService;
import org.creditgov.rules.decision.LoggingRepairService;
import org.creditgov.rules.decision.LoggingSanctionChecker;
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
 * A county's day, end to end, on the embedded database (CAT-1 … REP-6, PRI-1, PRI-2, SEC-1 … SEC-3):
 * a penalty recorded through the catalog gate; a severe-list listing founded on it with notice,
 * objection and answer; a sanction checked; a bank's query under the company's written consent
 * through the gateway; a repair applied for under the regime in force on the application day (the
 * bundled regimes change on 2026-04-01), accepted and approved, which removes the listing as
 * repaired, stops the record's publication and sharing that day, and makes the same sanction
 * refused; the changes synced to the credit website and the sharing platform with the same-day
 * report (当日同步); the public disclosure view before and after; and the decision log verified.
 *
 * <p>Every step is stored under one directory: designations, repairs, outbox, consents and query
 * log in the embedded H2 database (credit-store-jdbc), each step's outbox rows in its transaction;
 * every decision in the tamper-evident audit log in {@code audit/}, signed with a demo key kept
 * beside it ({@code audit.skey}, a demo's only: a real key lives in a key store) and verifiable
 * with {@code audit.vkey}. A second run finds the first run's cases, and the command line reads the
 * same directory ({@code credit verify-log}, {@code credit report oversight --database}, {@code
 * credit check --database}).
 */
final class CountyDayScene {

  private static final LegalBasis SAFETY_LAW = LegalBasis.builder()
      .level(InstrumentLevel.LAW).issuer("全国人民代表大会常务委员会").title("中华人民共和国安全生产法")
      .effective(EffectivePeriod.from(LocalDate.of(2021, 9, 1))).build();
  private static final Jurisdiction QTX = Jurisdiction.of("640381");
  private static final String DEPARTMENT = "青铜峡市应急管理局";

  private final PrintStream out;
  private final Path database;

  /** The origin line of the demo's decision log (its checkpoints name it). */
  static final String ORIGIN = "qtx.gov.cn/credit/decision-log";

  /** The scene on the embedded database in {@code database}: what earlier runs stored stays there. */
  CountyDayScene(PrintStream out, Path database) {
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
      NoteSigner signer = signer();
      try (AuditLog audit = AuditLog.open(database.resolve("audit"),
          AuditLogOptions.builder().origin(ORIGIN).signer(signer).clock(clock).build())) {
        run(stores, AuditDecisionLog.of(audit, PSEUDONYMS, clock), clock, proposed);
        Checkpoint checkpoint = audit.checkpoint();
        out.printf("  the decision log: %d entries in %s, checkpoint signed at size %d%n", audit.size(),
            database.resolve("audit"), checkpoint.size());
      }
      LogVerification verified = AuditLogVerifier.of(ORIGIN, signer.verifierKey()).verify(database.resolve("audit"));
      out.printf("  the log verified against its checkpoint: %d entries, %d problems%n", verified.entries(),
          verified.problems().size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The demo's signing key, kept beside the log so that later runs sign with it (a real one lives in a key store). */
  private NoteSigner signer() throws IOException {
    Path skey = database.resolve("audit.skey");
    NoteSigner signer;
    if (Files.isRegularFile(skey)) {
      signer = NoteSigner.parse(Files.readString(skey, StandardCharsets.UTF_8).trim());
    } else {
      Files.createDirectories(database);
      signer = NoteSigner.generate(ORIGIN);
      Files.writeString(skey, signer.encodedPrivateKey() + "\n", StandardCharsets.UTF_8);
    }
    Files.writeString(database.resolve("audit.vkey"), signer.verifierKey().encoded() + "\n", StandardCharsets.UTF_8);
    return signer;
  }

  /** The keyed pseudonyms of subjects in the logs: a demo key (a real one lives in a key store). */
  private static final Pseudonymizer PSEUDONYMIZER =
      Pseudonymizer.of("demo-2026", "demo key: keep the real one in a key store".getBytes(StandardCharsets.UTF_8));

  private static final SubjectPseudonyms PSEUDONYMS = SubjectPseudonyms.of(PSEUDONYMIZER.keyId(),
      id -> PSEUDONYMIZER.pseudonym(UnifiedSocialCreditCode.isValid(id) ? DataKind.USCC : DataKind.RESIDENT_ID, id));

  private void run(JdbcStores stores, AuditDecisionLog decisions, OfficeClock clock, LocalDate proposed) {
    List<DesignationId> earlier = stores.designations().ids();
    int run = stores.repairs().ids().size() + 1;
    out.printf("  embedded database %s (H2, schema version %s): %d designations and %d repairs from earlier runs%s%n",
        database.toAbsolutePath(), stores.schemaVersion().orElse("?"), earlier.size(), run - 1,
        earlier.isEmpty() ? "" : " (" + earlier.stream().map(DesignationId::value).reduce((a, b) -> a + ", " + b).orElse("") + ")");
    RepairLedger ledger = RepairLedger.replay(stores.repairs());
    DesignationService designations = DesignationService.builder().store(stores.designations()).clock(clock)
        .listTypes(BundledListTypes.registry()).repairs(ledger).build();
    LoggingDesignationService logged = LoggingDesignationService.of(designations, decisions);
    ListingRemovals removals = ListingRemovals.on(designations, ledger);
    RepairService repairService = RepairService.builder().regimes(BundledRepairRegimes.registry()).store(stores.repairs())
        .clock(clock).onEvent(ledger).onEvent(removals).build();
    LoggingRepairService repairs = LoggingRepairService.of(repairService, decisions);
    Actor officer = Actor.of(DEPARTMENT, "officer-007", QTX);
    Organisation company = Organisation.of(SubjectType.LEGAL_PERSON,
        UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某化工有限公司");
    JdbcOutbox outbox = stores.outbox();
    ChangeSender creditChina = change -> { }; // both systems acknowledge at once, unless the scene says otherwise

    CatalogRegistry catalogRegistry = BundledCatalogs.registry(clock);
    CatalogAccess catalogs = CatalogAccess.of(catalogRegistry);
    clock.set(LocalDate.of(2025, 4, 10));
    CreditRecord penalty = penalty(company, run);
    report("2025-04-10 the emergency bureau's penalty submitted through the catalog gate", catalogRegistry.check(QTX, penalty));
    InMemoryRecordSource records = new InMemoryRecordSource().add(penalty); // the department's own records system
    clock.set(proposed);

    Designation listing = list(logged, clock, officer, company, proposed, DesignationId.of("QTX-2025-D" + run), run);
    LocalDate listed = listing.events().get(listing.events().size() - 1).on();
    int onTheDay = deliver(outbox, SyncTarget.CREDIT_CHINA, creditChina)[0]
        + deliver(outbox, SyncTarget.SHARING_PLATFORM, creditChina)[0];
    out.printf("  %s the listing sent to the credit website and the sharing platform from the outbox: %d acknowledged%n",
        listed, onTheDay);
    LoggingSanctionChecker checker = LoggingSanctionChecker.of(SanctionChecker.of(BundledLists.registry(), ledger),
        decisions, "inspection-system");
    clock.set(LocalDate.of(2026, 5, 20));
    report("a year of extra inspections founded on the listing, on 2026-05-20", checker.check(ban(listing, company, LocalDate.of(2026, 5, 20))));

    query(stores, catalogs, records, company, run, clock);

    LocalDate applied = LocalDate.of(2026, 6, 1);
    LocalDate approved = LocalDate.of(2026, 6, 3);
    RepairRegime before = repairService.regimes().governing(QTX, RepairCase.NATIONAL, LocalDate.of(2026, 3, 31)).orElseThrow();
    RepairRegime inForce = repairService.regimes().governing(QTX, RepairCase.NATIONAL, applied).orElseThrow();
    out.printf("  regime for an application on 2026-03-31: %s; on %s: %s%n", before.id(), applied, inForce.id());
    clock.set(applied);
    RepairId id = RepairId.of("QTX-R-2026-" + run);
    RepairedInformation information = new RepairedInformation(InformationKind.SEVERE_LIST, SeverityClass.SERIOUS, QTX,
        RepairCase.NATIONAL, "NAT-SEVERE-LIST", listingDoc(run), listed, Optional.of(listing.id()), Set.of());
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
        .documentNumber(listingDoc(run)).issuingDepartment(DEPARTMENT).severityClass(SeverityClass.SERIOUS)
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

    DisclosureView view = DisclosureView.builder().catalogs(catalogs).states(ledger).clock(clock).build();
    for (LocalDate day : List.of(approved.minusDays(1), approved)) {
      DisclosureAnswer a = view.on(QTX, day, subject, List.of(record));
      out.printf("  the credit website's view of the listing on %s: %s%n", day, a.shown().isEmpty() ? "withheld" : "shown");
      for (Finding f : a.shown().isEmpty() ? a.withheld().get(0).findings() : a.shown().get(0).findings()) {
        out.printf("    %-5s %s: %s%n", f.requirement().id(), f.code(), f.messageZh());
      }
    }
  }

  /**
   * The bank's query on 2026-05-25 under the company's written consent (PRI-1, PRI-2, SEC-1): the
   * consent and the query's entry stored in the database, only the consented fields returned.
   */
  private void query(JdbcStores stores, CatalogAccess catalogs, InMemoryRecordSource records, Organisation company, int run,
      OfficeClock clock) {
    clock.set(LocalDate.of(2026, 5, 25));
    ConsentRegistry consents = ConsentRegistry.builder().purposes(BundledPurposes.registry()).catalogs(catalogs)
        .store(stores.consents()).clock(clock).build();
    SubjectRef subject = SubjectRef.of(company);
    Consent consent = Consent.builder().id("QTX-RCB-2026-" + run).subject(subject).authorisedParty("宁夏青铜峡农村商业银行")
        .purposeCode("LOAN-APPROVAL").jurisdiction(QTX)
        .putScope("NAT-ADMIN-PENALTY", "penaltyContent").putScope("NAT-ADMIN-PENALTY", "fineAmount")
        .founding(Founding.consent()).method(ConsentMethod.WRITTEN).validFrom(clock.instant())
        .validUntil(LocalDate.of(2026, 8, 25).atStartOfDay(ChinaTime.ZONE).toInstant()).build();
    report("2026-05-25 the company's written consent to the bank, until 2026-08-25", consents.record(consent).verdict());
    QueryGateway gateway = QueryGateway.builder().consents(consents).catalogs(catalogs).records(records)
        .log(stores.queryLog()).tokens(SubjectTokens.of(PSEUDONYMIZER)).clock(clock).build();
    QueryResult bank = gateway.query(QueryRequest.builder().requestId("RCB-LOAN-" + run)
        .actor(org.creditgov.privacy.query.Actor.of("宁夏青铜峡农村商业银行", "loan-officer-07")).purposeCode("LOAN-APPROVAL")
        .subject(subject).jurisdiction(QTX).putFields("NAT-ADMIN-PENALTY", "penaltyContent")
        .putFields("NAT-ADMIN-PENALTY", "fineAmount").putFields("NAT-ADMIN-PENALTY", "violationFacts")
        .founding(QueryFounding.underConsent(consent.id())).audience(Audience.SHARING).build());
    report("the bank's query through the gateway for the penalty's content, fine and facts", bank.verdict());
    out.printf("    fields returned: %s; %d consents of the company and %d queries in the database%n",
        bank.records().isEmpty() ? "none" : bank.records().get(0).fields().keySet(), stores.consents().forSubject(subject).size(),
        stores.queryLog().entries().size());
  }

  /** The emergency bureau's penalty the listing is founded on. */
  private static CreditRecord penalty(Organisation company, int run) {
    return CreditRecord.builder().itemCode("NAT-ADMIN-PENALTY").subject(company)
        .putField("violationType", "未落实安全生产责任制").putField("violationFacts", "发生较大生产安全事故")
        .putField("penaltyBasis", "《中华人民共和国安全生产法》第一百一十四条").putField("penaltyContent", "罚款")
        .putField("fineAmount", new BigDecimal("500000.00")).putField("decidingAuthority", DEPARTMENT)
        .putField("partyCreditCode", company.creditCode().value())
        .decisionDate(LocalDate.of(2025, 4, 3)).documentNumber("青应急罚〔2025〕" + (11 + run) + "号")
        .issuingDepartment(DEPARTMENT).severityClass(SeverityClass.SERIOUS).submissionDate(LocalDate.of(2025, 4, 10)).build();
  }

  private static String listingDoc(int run) {
    return "青应急决〔2025〕" + (8 + run) + "号";
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

  private Designation list(LoggingDesignationService service, OfficeClock clock, Actor officer, Organisation company,
      LocalDate proposed, DesignationId id, int run) {
    Designation d = accepted(service.propose(DesignationCommand.propose().id(id).listTypeCode("SAFETY-SEVERE")
        .subject(company).criteriaVersion("2021-v1").on(proposed).grounds("2024年发生较大生产安全事故").actor(officer)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.EFFECTIVE_RULING, "青应急罚〔2025〕" + (11 + run) + "号", proposed))
        .build()));
    LocalDate served = LocalDate.of(2025, 4, 25);
    clock.set(served);
    d = accepted(service.execute(id, d.version(), DesignationCommand.serveNotice().actor(officer)
        .notice(PriorNotice.builder().documentNumber("青应急告〔2025〕" + (2 + run) + "号").grounds("较大生产安全事故")
            .addLegalBases(SAFETY_LAW).rights("可在送达之日起10个工作日内提出异议").servedOn(served).build())
        .build()));
    out.printf("  %s %s proposed; %s notice served, last day to object %s%n", proposed, id, served,
        d.objectionDeadline().flatMap(t -> t.lastDay()).map(Object::toString).orElse("?"));
    LocalDate objected = LocalDate.of(2025, 5, 6);
    clock.set(objected);
    d = accepted(service.execute(id, d.version(), DesignationCommand.fileObjection().actor(officer).on(objected)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.OBJECTION, "异议申请书（" + id.value() + "）", objected)).build()));
    out.printf("  %s the company objects; the answer is due by %s%n", objected,
        d.objectionAnswerDeadline().flatMap(t -> t.lastDay()).map(Object::toString).orElse("?"));
    LocalDate answered = LocalDate.of(2025, 5, 9);
    clock.set(answered);
    d = accepted(service.execute(id, d.version(), DesignationCommand.answerObjection().actor(officer).on(answered).upheld(false)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.OBJECTION_REPLY, "青应急异复〔2025〕" + run + "号", answered)).build()));
    out.printf("  %s the objection answered in writing, not upheld (status %s again)%n", answered, d.statusOnLastStep());
    LocalDate decided = LocalDate.of(2025, 5, 14);
    clock.set(decided);
    d = accepted(service.execute(id, d.version(), DesignationCommand.decide().actor(officer).decision(DecisionDocument.builder()
        .documentNumber(listingDoc(run)).decidedOn(decided).grounds("较大生产安全事故").addLegalBases(SAFETY_LAW)
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
            .date(listing.events().get(0).on()).document(listing.decision().map(DecisionDocument::documentNumber).orElseThrow())
            .build())
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
