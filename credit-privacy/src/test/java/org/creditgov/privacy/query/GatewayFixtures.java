package org.creditgov.privacy.query;

import com.google.common.collect.ImmutableSetMultimap;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.creditgov.privacy.CatalogAccess;
import org.creditgov.privacy.Pseudonymizer;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.ConsentMethod;
import org.creditgov.privacy.consent.ConsentRegistry;
import org.creditgov.privacy.consent.Founding;
import org.creditgov.privacy.consent.InMemoryConsentStore;
import org.creditgov.privacy.io.BundledPurposes;
import org.creditgov.testkit.TestClock;

/** Shared by the query and rights tests: a gateway on the bundled catalog and example purposes, with a person, a company and their records. */
public final class GatewayFixtures {

  public static final Jurisdiction QTX = Jurisdiction.of("640381");
  public static final String ID = "53010219200508011X";
  public static final String USCC = "91512081MA62K0260E";
  public static final String BANK = "宁夏青铜峡农村商业银行";
  public static final String LICENSING = "青铜峡市审批服务管理局";
  public static final Actor LOAN_OFFICER = Actor.of(BANK, "loan-officer-07");
  public static final Actor CLERK = Actor.of(LICENSING, "clerk-03");
  public static final Instant MORNING = LocalDateTime.of(2026, 9, 28, 10, 0).atZone(ChinaTime.ZONE).toInstant();
  /** A statute imposing a duty (an example citation). */
  public static final LegalBasis LICENSING_LAW = LegalBasis.builder().level(InstrumentLevel.LAW).issuer("全国人民代表大会常务委员会")
      .title("中华人民共和国行政许可法").effective(EffectivePeriod.from(LocalDate.of(2004, 7, 1))).build();

  public final TestClock clock = TestClock.at(MORNING);
  public final NaturalPerson person = NaturalPerson.of("王小明", ResidentIdNumber.parser(clock).parse(ID));
  public final Organisation company = Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse(USCC), "青铜峡市某建材有限公司");
  public final SubjectRef personRef = SubjectRef.of(person);
  public final SubjectRef companyRef = SubjectRef.of(company);
  public final CatalogAccess catalogs = CatalogAccess.of(BundledCatalogs.registry(clock));
  public final InMemoryConsentStore store = new InMemoryConsentStore();
  public final ConsentRegistry consents = ConsentRegistry.builder().purposes(BundledPurposes.registry()).catalogs(catalogs)
      .store(store).clock(clock).build();
  public final InMemoryRecordSource records = new InMemoryRecordSource();
  public final InMemoryQueryLog log = new InMemoryQueryLog();
  public final CaseDirectory.InMemory cases = CaseDirectory.inMemory();
  public final Pseudonymizer pseudonymizer = Pseudonymizer.of("k2026", "0123456789abcdef0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII));
  public final SubjectTokens tokens = SubjectTokens.of(pseudonymizer);
  private final AtomicInteger ids = new AtomicInteger();

  public GatewayFixtures() {
    records.add(penalty(person, "青市监罚〔2026〕7号", LocalDate.of(2026, 3, 2)), penalty(company, "青市监罚〔2026〕9号", LocalDate.of(2026, 4, 1)));
  }

  public QueryGateway.Builder gateway() {
    return QueryGateway.builder().consents(consents).catalogs(catalogs).records(records).log(log).tokens(tokens)
        .cases(cases).clock(clock).ids(() -> "Q-" + ids.incrementAndGet());
  }

  public static CreditRecord penalty(org.creditgov.core.subject.Subject subject, String number, LocalDate decided) {
    CreditRecord.Builder b = CreditRecord.builder().itemCode("NAT-ADMIN-PENALTY").subject(subject)
        .putField("violationType", "未按规定明码标价").putField("violationFacts", "在经营场所未标明商品价格")
        .putField("penaltyBasis", "《中华人民共和国价格法》第四十二条").putField("penaltyContent", "罚款")
        .putField("fineAmount", new BigDecimal("5000.00")).putField("decidingAuthority", "青铜峡市市场监督管理局")
        .decisionDate(decided).documentNumber(number).issuingDepartment("青铜峡市市场监督管理局")
        .severityClass(SeverityClass.GENERAL).submissionDate(decided.plusDays(3));
    if (subject instanceof NaturalPerson p) {
      b.putField("partyIdNumber", p.document().number());
    } else {
      b.putField("partyCreditCode", ((Organisation) subject).creditCode().value());
    }
    return b.build();
  }

  /** The person's written consent to the bank for loan approval: the penalty's content and fine, three months. */
  public Consent.Builder loanConsent(String id) {
    return Consent.builder().id(id).subject(personRef).authorisedParty(BANK).purposeCode("LOAN-APPROVAL").jurisdiction(QTX)
        .putScope("NAT-ADMIN-PENALTY", "violationType").putScope("NAT-ADMIN-PENALTY", "penaltyContent")
        .putScope("NAT-ADMIN-PENALTY", "fineAmount").founding(Founding.consent()).method(ConsentMethod.WRITTEN)
        .validFrom(MORNING.minusSeconds(3600)).validUntil(LocalDate.of(2026, 12, 29).atStartOfDay(ChinaTime.ZONE).toInstant());
  }

  public QueryRequest.Builder loanQuery(String consentId) {
    return QueryRequest.builder().requestId("RCB-LOAN-0917").actor(LOAN_OFFICER).purposeCode("LOAN-APPROVAL")
        .subject(personRef).jurisdiction(QTX)
        .fields(ImmutableSetMultimap.of("NAT-ADMIN-PENALTY", "penaltyContent", "NAT-ADMIN-PENALTY", "fineAmount"))
        .founding(QueryFounding.underConsent(consentId)).audience(Audience.SHARING);
  }

  public QueryRequest.Builder licensingQuery() {
    return QueryRequest.builder().requestId("QTX-XK-2026-118").actor(CLERK).purposeCode("ADMIN-LICENSING")
        .subject(companyRef).jurisdiction(QTX)
        .fields(ImmutableSetMultimap.of("NAT-ADMIN-PENALTY", "violationType", "NAT-ADMIN-PENALTY", "penaltyContent",
            "NAT-ADMIN-PENALTY", "decidingAuthority"))
        .founding(QueryFounding.statutoryDuty(LICENSING_LAW.withArticle("第十二条"))).audience(Audience.SHARING)
        .caseReference("青审服许〔2026〕118号");
  }
}
