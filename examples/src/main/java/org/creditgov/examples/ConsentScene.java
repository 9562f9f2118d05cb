package org.creditgov.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.privacy.CatalogAccess;
import org.creditgov.privacy.Pseudonymizer;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.ConsentMethod;
import org.creditgov.privacy.consent.ConsentRegistry;
import org.creditgov.privacy.consent.Founding;
import org.creditgov.privacy.disclosure.DisclosureAnswer;
import org.creditgov.privacy.disclosure.DisclosureView;
import org.creditgov.core.catalog.PublicationStates;
import org.creditgov.core.catalog.PublicationStop;
import org.creditgov.core.catalog.StopReason;
import org.creditgov.privacy.io.BundledPurposes;
import org.creditgov.privacy.query.Actor;
import org.creditgov.privacy.query.Audience;
import org.creditgov.privacy.query.InMemoryQueryLog;
import org.creditgov.privacy.query.InMemoryRecordSource;
import org.creditgov.privacy.query.QueryFounding;
import org.creditgov.privacy.query.QueryGateway;
import org.creditgov.privacy.query.QueryRequest;
import org.creditgov.privacy.query.QueryResult;
import org.creditgov.privacy.query.SubjectTokens;
import org.creditgov.privacy.rights.OfficerVisibility;
import org.creditgov.privacy.rights.QueryNotice;
import org.creditgov.privacy.rights.SubjectRights;

/**
 * The consent scene of the demo (PRI-1, PRI-2, PRI-4, SEC-1, CAT-6): a bank's query under the
 * person's written consent, a department's query under a statutory duty, the same bank after the
 * consent expired and after it was withdrawn, what the person sees of who queried them, and the
 * disclosure view of a repaired penalty. Its own clock moves through the scene (the demo's clock
 * decides only the dates the other scenes print).
 */
final class ConsentScene {

  private final PrintStream out;

  ConsentScene(PrintStream out) {
    this.out = out;
  }

  private static CreditRecord penalty(Subject subject, String number, LocalDate decided) {
    return CreditRecord.builder().itemCode("NAT-ADMIN-PENALTY").subject(subject)
        .putField("violationType", "未按规定明码标价").putField("violationFacts", "在经营场所未标明商品价格")
        .putField("penaltyBasis", "《中华人民共和国价格法》第四十二条").putField("penaltyContent", "罚款")
        .putField("fineAmount", new BigDecimal("5000.00")).putField("decidingAuthority", "青铜峡市市场监督管理局")
        .decisionDate(decided).documentNumber(number).issuingDepartment("青铜峡市市场监督管理局")
        .severityClass(SeverityClass.GENERAL).submissionDate(decided.plusDays(3)).build();
  }

  void run() {
    SceneClock clock = new SceneClock(LocalDateTime.of(2026, 9, 28, 10, 0).atZone(ChinaTime.ZONE).toInstant());
    Jurisdiction qtx = Jurisdiction.of("640381");
    CatalogAccess catalogs = CatalogAccess.of(BundledCatalogs.registry(clock));
    ConsentRegistry consents = ConsentRegistry.builder().purposes(BundledPurposes.registry()).catalogs(catalogs).clock(clock).build();
    NaturalPerson wang = NaturalPerson.of("王小明", ResidentIdNumber.parser(clock).parse("53010219200508011X"));
    Organisation company = Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "青铜峡市某建材有限公司");
    InMemoryRecordSource records = new InMemoryRecordSource()
        .add(penalty(wang, "青市监罚〔2026〕7号", LocalDate.of(2026, 3, 2)), penalty(company, "青市监罚〔2025〕12号", LocalDate.of(2025, 9, 1)));
    InMemoryQueryLog log = new InMemoryQueryLog();
    SubjectTokens tokens = SubjectTokens.of(Pseudonymizer.of("demo", "demo key: 32 bytes or more, from a key store".getBytes(StandardCharsets.UTF_8)));
    QueryGateway gateway = QueryGateway.builder().consents(consents).catalogs(catalogs).records(records).log(log)
        .tokens(tokens).clock(clock).build();
    SubjectRef person = SubjectRef.of(wang);

    Consent consent = Consent.builder().id("QTX-RCB-2026-000123").subject(person).authorisedParty("宁夏青铜峡农村商业银行")
        .purposeCode("LOAN-APPROVAL").jurisdiction(qtx)
        .putScope("NAT-ADMIN-PENALTY", "penaltyContent").putScope("NAT-ADMIN-PENALTY", "fineAmount")
        .founding(Founding.consent()).method(ConsentMethod.WRITTEN).validFrom(clock.instant())
        .validUntil(LocalDate.of(2026, 12, 29).atStartOfDay(ChinaTime.ZONE).toInstant()).build();
    Consent forLife = consent.toBuilder().id("QTX-RCB-2026-000124").validUntil(java.util.Optional.empty()).build();
    report("a consent with no end → ", consents.record(forLife).verdict());
    report("the person's written consent, until 2026-12-29 00:00 → ", consents.record(consent).verdict());

    QueryRequest loan = QueryRequest.builder().requestId("RCB-LOAN-0917").actor(Actor.of("宁夏青铜峡农村商业银行", "loan-officer-07"))
        .purposeCode("LOAN-APPROVAL").subject(person).jurisdiction(qtx)
        .putFields("NAT-ADMIN-PENALTY", "penaltyContent").putFields("NAT-ADMIN-PENALTY", "fineAmount")
        .putFields("NAT-ADMIN-PENALTY", "violationFacts")
        .founding(QueryFounding.underConsent(consent.id())).audience(Audience.SHARING).build();
    QueryResult bank = gateway.query(loan);
    report("the bank's query for the penalty's content, fine and facts → ", bank.verdict());
    out.println("    fields returned: " + bank.records().get(0).fields().keySet());

    LegalBasis licensingLaw = LegalBasis.builder().level(InstrumentLevel.LAW).issuer("全国人民代表大会常务委员会")
        .title("中华人民共和国行政许可法").article("第十二条").effective(EffectivePeriod.from(LocalDate.of(2004, 7, 1))).build();
    QueryResult duty = gateway.query(QueryRequest.builder().requestId("QTX-XK-2026-118").actor(Actor.of("青铜峡市审批服务管理局", "clerk-03"))
        .purposeCode("ADMIN-LICENSING").subject(SubjectRef.of(company)).jurisdiction(qtx)
        .putFields("NAT-ADMIN-PENALTY", "violationType").putFields("NAT-ADMIN-PENALTY", "penaltyContent")
        .founding(QueryFounding.statutoryDuty(licensingLaw)).audience(Audience.SHARING).build());
    report("the licensing office's query under a statutory duty → ", duty.verdict());

    clock.set(LocalDateTime.of(2026, 12, 29, 9, 30).atZone(ChinaTime.ZONE).toInstant());
    report("the bank again on 2026-12-29 09:30 → ", gateway.query(loan).verdict());
    clock.set(LocalDateTime.of(2026, 10, 8, 15, 0).atZone(ChinaTime.ZONE).toInstant());
    SubjectRights rights = SubjectRights.builder().log(log).tokens(tokens).consents(consents).catalogs(catalogs)
        .records(records).officers(OfficerVisibility.HIDDEN).clock(clock).build();
    report("the person withdraws on 2026-10-08 15:00 → ", rights.withdraw(person, consent.id()).verdict());
    clock.advance(Duration.ofMinutes(1));
    report("the bank a minute later → ", gateway.query(loan).verdict());
    out.println("  " + log.entries().size() + " queries registered, each once; the person sees who queried them:");
    for (QueryNotice n : rights.whoQueried(person)) {
      out.println("    " + n.at() + "  " + n.department() + "  " + n.purpose().nameZh() + "  " + n.outcome());
    }

    PublicationStates states = PublicationStates.inMemory().stop("NAT-ADMIN-PENALTY", "青市监罚〔2025〕12号",
        PublicationStop.of(LocalDate.of(2026, 3, 16), StopReason.REPAIRED, "青信修〔2026〕3号"));
    DisclosureView view = DisclosureView.builder().catalogs(catalogs).states(states).clock(clock).build();
    CreditRecord repaired = records.records(SubjectRef.of(company)).get(0);
    for (LocalDate day : List.of(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 16))) {
      DisclosureAnswer a = view.on(qtx, day, SubjectRef.of(company), List.of(repaired));
      List<Finding> findings = a.shown().isEmpty() ? a.withheld().get(0).findings() : a.shown().get(0).findings();
      out.println("  the credit website on " + day + ": " + (a.shown().isEmpty() ? "withheld" : "shown"));
      findings.forEach(f -> out.println("    " + f.requirement().id() + " " + f.code() + ": " + f.messageZh()));
    }
  }

  /** The scene's own clock, moved from step to step (a demo's, not a test's: examples do not use the testkit). */
  private static final class SceneClock extends java.time.Clock {
    private java.time.Instant now;

    SceneClock(java.time.Instant now) {
      this.now = now;
    }

    void set(java.time.Instant instant) {
      now = instant;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ChinaTime.ZONE;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return java.time.Clock.fixed(now, zone);
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }

  private void report(String what, Verdict verdict) {
    out.println("  " + what + verdict.outcome());
    for (Finding f : verdict.findings()) {
      out.println("    " + f.requirement().id() + " " + f.code() + ": " + f.messageZh());
    }
  }
}
