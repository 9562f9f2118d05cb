package org.creditgov.privacy.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSetMultimap;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.creditgov.privacy.CatalogAccess;
import org.creditgov.privacy.Pseudonymizer;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.ConsentMethod;
import org.creditgov.privacy.consent.ConsentRegistry;
import org.creditgov.privacy.consent.ConsentResult;
import org.creditgov.privacy.consent.Founding;
import org.creditgov.privacy.disclosure.DisclosureAnswer;
import org.creditgov.privacy.disclosure.DisclosureView;
import org.creditgov.core.catalog.PublicationStates;
import org.creditgov.core.catalog.PublicationStop;
import org.creditgov.core.catalog.StopReason;
import org.creditgov.privacy.io.BundledPurposes;
import org.creditgov.privacy.query.Actor;
import org.creditgov.privacy.query.Audience;
import org.creditgov.privacy.query.CaseDirectory;
import org.creditgov.privacy.query.InMemoryQueryLog;
import org.creditgov.privacy.query.InMemoryRecordSource;
import org.creditgov.privacy.query.QueryFounding;
import org.creditgov.privacy.query.QueryGateway;
import org.creditgov.privacy.query.QueryRequest;
import org.creditgov.privacy.query.QueryResult;
import org.creditgov.privacy.query.SubjectTokens;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/consent-and-queries.md, run: each assertion is a line of the guide.
 * The messages are written to {@code target/consent-guide.txt} so the guide can quote them.
 */
class ConsentGuideTest {

  private final TestClock clock = TestClock.at(LocalDateTime.of(2026, 9, 28, 10, 0));
  private final Jurisdiction qtx = Jurisdiction.of("640381");
  private final CatalogAccess catalogs = CatalogAccess.of(BundledCatalogs.registry(clock));
  private final ConsentRegistry consents = ConsentRegistry.builder()
      .purposes(BundledPurposes.registry()).catalogs(catalogs).clock(clock).build();
  private final NaturalPerson wang = NaturalPerson.of("王小明", ResidentIdNumber.parser(clock).parse("53010219200508011X"));
  private final Organisation company = Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "青铜峡市某建材有限公司");
  private final InMemoryRecordSource records = new InMemoryRecordSource();
  private final InMemoryQueryLog log = new InMemoryQueryLog();
  private final CaseDirectory.InMemory cases = CaseDirectory.inMemory();
  private final Pseudonymizer pseudonymizer = Pseudonymizer.of("k2026", "0123456789abcdef0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII));
  private final QueryGateway gateway = QueryGateway.builder().consents(consents).catalogs(catalogs).records(records).log(log)
      .tokens(SubjectTokens.of(pseudonymizer)).cases(cases).clock(clock).build();
  private final List<String> out = new ArrayList<>();

  private CreditRecord penalty(org.creditgov.core.subject.Subject subject, String number, LocalDate decided, SeverityClass severity) {
    return CreditRecord.builder().itemCode("NAT-ADMIN-PENALTY").subject(subject)
        .putField("violationType", "未按规定明码标价").putField("violationFacts", "在经营场所未标明商品价格")
        .putField("penaltyBasis", "《中华人民共和国价格法》第四十二条").putField("penaltyContent", "罚款")
        .putField("fineAmount", new BigDecimal("5000.00")).putField("decidingAuthority", "青铜峡市市场监督管理局")
        .decisionDate(decided).documentNumber(number).issuingDepartment("青铜峡市市场监督管理局")
        .severityClass(severity).submissionDate(decided.plusDays(3)).build();
  }

  private void write(String title, List<Finding> findings) {
    out.add("## " + title);
    for (Finding f : findings) {
      out.add(f.code() + " (" + f.requirement().id() + ", " + f.severity() + ")");
      out.add("  zh: " + f.messageZh());
      out.add("  en: " + f.messageEn());
    }
  }

  @Test
  void theGuidesWorkedExamplesHold() throws IOException {
    records.add(penalty(wang, "青市监罚〔2026〕7号", LocalDate.of(2026, 3, 2), SeverityClass.GENERAL));
    records.add(penalty(company, "青市监罚〔2025〕12号", LocalDate.of(2025, 9, 1), SeverityClass.GENERAL));

    // 1. a bank's query under the person's written consent
    SubjectRef person = SubjectRef.of(wang);
    Consent consent = Consent.builder()
        .id("QTX-RCB-2026-000123").subject(person).authorisedParty("宁夏青铜峡农村商业银行")
        .purposeCode("LOAN-APPROVAL").jurisdiction(qtx)
        .putScope("NAT-ADMIN-PENALTY", "penaltyContent").putScope("NAT-ADMIN-PENALTY", "fineAmount")
        .founding(Founding.consent()).method(ConsentMethod.WRITTEN)
        .validFrom(clock.instant())
        .validUntil(LocalDate.of(2026, 12, 29).atStartOfDay(ChinaTime.ZONE).toInstant())
        .build();
    ConsentResult recorded = consents.record(consent);
    assertThat(recorded.accepted()).isTrue();
    write("recorded", recorded.verdict().findings());
    QueryRequest loan = QueryRequest.builder()
        .requestId("RCB-LOAN-0917").actor(Actor.of("宁夏青铜峡农村商业银行", "loan-officer-07"))
        .purposeCode("LOAN-APPROVAL").subject(person).jurisdiction(qtx)
        .putFields("NAT-ADMIN-PENALTY", "penaltyContent").putFields("NAT-ADMIN-PENALTY", "fineAmount")
        .putFields("NAT-ADMIN-PENALTY", "violationFacts")
        .founding(QueryFounding.underConsent("QTX-RCB-2026-000123")).audience(Audience.SHARING)
        .build();
    QueryResult bank = gateway.query(loan);
    assertThat(bank.authorised()).isTrue();
    assertThat(bank.records().get(0).fields()).containsOnlyKeys("penaltyContent", "fineAmount");
    write("bank query", bank.verdict().findings());

    // 2. a department's query under a statutory duty
    LegalBasis licensingLaw = LegalBasis.builder().level(InstrumentLevel.LAW).issuer("全国人民代表大会常务委员会")
        .title("中华人民共和国行政许可法").article("第十二条").effective(EffectivePeriod.from(LocalDate.of(2004, 7, 1))).build();
    QueryRequest licensing = QueryRequest.builder()
        .requestId("QTX-XK-2026-118").actor(Actor.of("青铜峡市审批服务管理局", "clerk-03"))
        .purposeCode("ADMIN-LICENSING").subject(SubjectRef.of(company)).jurisdiction(qtx)
        .putFields("NAT-ADMIN-PENALTY", "violationType").putFields("NAT-ADMIN-PENALTY", "penaltyContent")
        .founding(QueryFounding.statutoryDuty(licensingLaw)).audience(Audience.SHARING)
        .caseReference("青审服许〔2026〕118号")
        .build();
    QueryResult duty = gateway.query(licensing);
    assertThat(duty.authorised()).isTrue();
    write("department query without an open case", duty.verdict().findings());
    cases.open("青铜峡市审批服务管理局", SubjectRef.of(company));
    assertThat(gateway.query(licensing).entry().flags()).isEmpty();

    // 3. an expired consent
    clock.set(LocalDateTime.of(2026, 12, 29, 9, 30).atZone(ChinaTime.ZONE).toInstant());
    QueryResult expired = gateway.query(loan);
    assertThat(expired.authorised()).isFalse();
    assertThat(expired.records()).isEmpty();
    write("expired consent", expired.verdict().findings());

    // 4. a withdrawal
    clock.set(LocalDateTime.of(2026, 10, 8, 15, 0).atZone(ChinaTime.ZONE).toInstant());
    ConsentResult withdrawn = consents.withdraw("QTX-RCB-2026-000123", person);
    write("withdrawal", withdrawn.verdict().findings());
    clock.advance(Duration.ofMinutes(1));
    QueryResult after = gateway.query(loan);
    assertThat(after.authorised()).isFalse();
    write("query after the withdrawal", after.verdict().findings());
    assertThat(log.entries()).hasSize(5);

    // 5. the disclosure view of a repaired penalty
    CreditRecord repaired = penalty(company, "青市监罚〔2025〕12号", LocalDate.of(2025, 9, 1), SeverityClass.GENERAL);
    PublicationStates.InMemory states = PublicationStates.inMemory()
        .stop("NAT-ADMIN-PENALTY", "青市监罚〔2025〕12号", PublicationStop.of(LocalDate.of(2026, 3, 16), StopReason.REPAIRED, "青信修〔2026〕3号"));
    DisclosureView view = DisclosureView.builder().catalogs(catalogs).states(states).clock(clock).build();
    DisclosureAnswer march15 = view.on(qtx, LocalDate.of(2026, 3, 15), SubjectRef.of(company), List.of(repaired));
    DisclosureAnswer march16 = view.on(qtx, LocalDate.of(2026, 3, 16), SubjectRef.of(company), List.of(repaired));
    assertThat(march15.shown()).hasSize(1);
    assertThat(march16.withheld()).hasSize(1);
    write("disclosure on 2026-03-15", march15.shown().get(0).findings());
    write("disclosure on 2026-03-16", march16.withheld().get(0).findings());
    out.add("fields shown on 2026-03-15: " + march15.shown().get(0).fields());

    Files.write(Path.of("target", "consent-guide.txt"), out, StandardCharsets.UTF_8);
  }
}
