package org.creditgov.privacy.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgov.privacy.consent.Fixtures.BANK;
import static org.creditgov.privacy.consent.Fixtures.GIVEN;
import static org.creditgov.privacy.consent.Fixtures.OTHER_PERSON;
import static org.creditgov.privacy.consent.Fixtures.PENALTY;
import static org.creditgov.privacy.consent.Fixtures.PERSON;
import static org.creditgov.privacy.consent.Fixtures.loanConsent;
import static org.creditgov.privacy.consent.Fixtures.startOf;

import com.google.common.collect.ImmutableSetMultimap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.creditgov.core.RequirementId;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.privacy.PrivacyInstruments;
import org.junit.jupiter.api.Test;

/** Recording, withdrawing and checking consents (PRI-1, PRI-2, PRI-4), at their boundaries, by a settable clock. */
class ConsentRegistryTest {

  private final Fixtures f = new Fixtures();

  private Verdict check(String id) {
    return f.registry.check(id, PERSON, BANK, "LOAN-APPROVAL", PENALTY);
  }

  private void assertAuthorisedOnEveryPath(String id, boolean authorised) {
    assertThat(check(id).isAllowed()).as("check").isEqualTo(authorised);
    assertThat(f.registry.check(PERSON, BANK, "LOAN-APPROVAL", PENALTY).isAllowed()).as("check by subject").isEqualTo(authorised);
    assertThat(f.registry.status(id).orElseThrow().authorises()).as("status").isEqualTo(authorised);
    assertThat(f.registry.active(PERSON).stream().anyMatch(c -> c.id().equals(id))).as("list of active").isEqualTo(authorised);
    assertThat(f.registry.search(BANK, "LOAN-APPROVAL").stream().anyMatch(c -> c.id().equals(id))).as("search").isEqualTo(authorised);
  }

  @Test
  void aConsentAuthorisesUntilOneNanosecondBeforeItsEndAndNeverFromItsEndOnPRI2() {
    Consent consent = loanConsent("C-1").build();
    ConsentResult r = f.registry.record(consent);
    assertThat(r.accepted()).as(r.verdict().toString()).isTrue();
    assertThat(r.verdict().findingsOf(ConsentFinding.RECORDED)).hasSize(1);
    Instant end = consent.validUntil().orElseThrow();

    f.clock.set(end.minusNanos(1));
    assertAuthorisedOnEveryPath("C-1", true);
    assertThat(check("C-1").findings()).extracting(Finding::type).containsExactly(ConsentFinding.AUTHORISED);

    f.clock.set(end);
    assertAuthorisedOnEveryPath("C-1", false);
    assertThat(check("C-1").findings()).extracting(Finding::type).containsExactly(ConsentFinding.EXPIRED);
    assertThat(f.registry.status("C-1")).contains(ConsentStatus.EXPIRED);

    f.clock.set(end.plusMillis(1));
    assertAuthorisedOnEveryPath("C-1", false);
    assertThat(f.registry.list(PERSON)).extracting(StoredConsent::id).containsExactly("C-1"); // history stays
  }

  @Test
  void aConsentDoesNotAuthoriseBeforeItBegins() {
    f.registry.record(loanConsent("C-1").validFrom(GIVEN.plus(Duration.ofHours(1))).build());
    assertAuthorisedOnEveryPath("C-1", false);
    assertThat(check("C-1").findings()).extracting(Finding::type).containsExactly(ConsentFinding.NOT_YET_VALID);
    f.clock.set(GIVEN.plus(Duration.ofHours(1)));
    assertAuthorisedOnEveryPath("C-1", true);
  }

  @Test
  void aWithdrawalBetweenTwoChecksTakesEffectAtItsInstantPRI4() {
    f.registry.record(loanConsent("C-1").build());
    f.clock.advance(Duration.ofDays(3));
    assertAuthorisedOnEveryPath("C-1", true);

    Instant withdrawnAt = f.clock.instant();
    ConsentResult w = f.registry.withdraw("C-1", PERSON);
    assertThat(w.accepted()).isTrue();
    assertThat(w.verdict().findings()).extracting(Finding::type).containsExactly(ConsentFinding.WITHDRAWAL_RECORDED);
    assertThat(w.consent().orElseThrow().withdrawnAt()).contains(withdrawnAt);
    assertAuthorisedOnEveryPath("C-1", false); // at the instant itself

    f.clock.advance(Duration.ofNanos(1));
    Verdict after = check("C-1");
    assertThat(after.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(after.findings()).extracting(Finding::type).containsExactly(ConsentFinding.WITHDRAWN);
    assertThat(after.findings().get(0).requirement()).isEqualTo(RequirementId.PRI_4);
    assertThat(f.registry.status("C-1")).contains(ConsentStatus.WITHDRAWN);
  }

  @Test
  void withdrawingTwiceKeepsTheFirstInstantAndOnlyThePersonWithdraws() {
    f.registry.record(loanConsent("C-1").build());
    assertThat(f.registry.withdraw("C-1", OTHER_PERSON).verdict().findings()).extracting(Finding::type)
        .containsExactly(ConsentFinding.OTHER_SUBJECT);
    Instant first = f.clock.instant();
    f.registry.withdraw("C-1", PERSON);
    f.clock.advance(Duration.ofMinutes(5));
    ConsentResult again = f.registry.withdraw("C-1", PERSON);
    assertThat(again.accepted()).isTrue();
    assertThat(again.verdict().findings()).extracting(Finding::type).containsExactly(ConsentFinding.ALREADY_WITHDRAWN);
    assertThat(again.consent().orElseThrow().withdrawnAt()).contains(first);
    assertThat(f.registry.withdraw("C-9", PERSON).verdict().findings()).extracting(Finding::type)
        .containsExactly(ConsentFinding.NOT_FOUND);
  }

  @Test
  void aConsentWithoutAnEndIsRefusedWhenRecordedPRI2() {
    Consent noEnd = Consent.builder().from(loanConsent("C-1").build()).validUntil(java.util.Optional.empty()).build();
    ConsentResult r = f.registry.record(noEnd);
    assertThat(r.accepted()).isFalse();
    assertThat(r.consent()).isEmpty();
    assertThat(r.verdict().findings()).extracting(Finding::type).containsExactly(ConsentFinding.NO_END);
    assertThat(r.verdict().findings().get(0).messageZh()).contains("不得终身有效").contains("1年").doesNotContain("P1Y");
    assertThat(f.store.find("C-1")).isEmpty();
  }

  @Test
  void aConsentMayLastThroughTheCorrespondingDayOfItsPurposesMaximumAndNotOneNanosecondLonger() {
    // given on 2026-09-28 for at most 1 year: through 2027-09-28, that is until 2027-09-29 00:00 in China
    Instant latest = startOf(LocalDate.of(2027, 9, 29));
    assertThat(f.registry.record(loanConsent("C-1").validUntil(latest).build()).accepted()).isTrue();
    ConsentResult longer = f.registry.record(loanConsent("C-2").validUntil(latest.plusNanos(1)).build());
    assertThat(longer.verdict().findings()).extracting(Finding::type)
        .containsExactly(ConsentFinding.LONGER_THAN_PURPOSE_ALLOWS);
    Finding finding = longer.verdict().findings().get(0);
    assertThat(finding.messageZh()).contains("2027年9月28日").contains("1年");
    assertThat(finding.fact(org.creditgov.core.text.FactKey.date("lastDay"))).contains(LocalDate.of(2027, 9, 28));
  }

  @Test
  void aForcedAndBundledConsentIsRefusedWithEveryReasonPIPL14And16() {
    ConsentContext context = ConsentContext.builder()
        .service("手机银行开户")
        .addNeededPurposes("ACCOUNT-OPENING")
        .conditionOfService(true)
        .addPurposesCovered("LOAN-APPROVAL", "PUBLIC-DISCLOSURE")
        .build();
    ConsentResult r = f.registry.record(loanConsent("C-1").context(context).build());
    assertThat(r.accepted()).isFalse();
    assertThat(r.verdict().findings()).extracting(Finding::type)
        .containsExactly(ConsentFinding.FORCED, ConsentFinding.BUNDLED);
    assertThat(r.verdict().findings().get(1).messageZh()).contains("贷款审批").contains("信用网站公示").doesNotContain("LOAN-APPROVAL");
    assertThat(r.verdict().findings().get(0).legalBases()).extracting(LegalBasis::citation)
        .containsExactly("《中华人民共和国个人信息保护法》第十六条");
  }

  @Test
  void aConsentTheServiceNeedsIsNeitherForcedNorBundled() {
    ConsentContext context = ConsentContext.builder().service("个人经营贷款申请").addNeededPurposes("LOAN-APPROVAL")
        .conditionOfService(true).addPurposesCovered("LOAN-APPROVAL").build();
    assertThat(f.registry.record(loanConsent("C-1").context(context).build()).accepted()).isTrue();
  }

  @Test
  void everyScopeProblemIsListedAtOncePRI1AndPRI4() {
    ImmutableSetMultimap<String, String> scope = ImmutableSetMultimap.<String, String>builder()
        .put("NAT-ADMIN-PENALTY", "penaltyContent")
        .put("NAT-ADMIN-PENALTY", "partyIdNumber")       // sensitive, and not needed for loans
        .put("NAT-ADMIN-PENALTY", "favouriteColour")     // no such field
        .put("NAT-SOCIAL-INSURANCE", "arrearsAmount")    // a commercial secret, not needed
        .put("QTX-NOT-AN-ITEM", "x")                     // not in the catalog
        .build();
    ConsentResult r = f.registry.record(loanConsent("C-1").scope(scope).provisionTo("某融资担保公司").build());
    assertThat(r.verdict().findings()).extracting(Finding::type).containsExactly(
        ConsentFinding.BEYOND_PURPOSE, ConsentFinding.SENSITIVE_WITHOUT_SEPARATE_CONSENT,
        ConsentFinding.FIELD_NOT_IN_CATALOG,
        ConsentFinding.BEYOND_PURPOSE, ConsentFinding.SECRET_FIELD,
        ConsentFinding.ITEM_NOT_IN_CATALOG,
        ConsentFinding.PROVISION_WITHOUT_SEPARATE_CONSENT);
    assertThat(r.verdict().findingsOf(ConsentFinding.SECRET_FIELD).get(0).messageZh()).contains("商业秘密");
  }

  @Test
  void separateConsentsAllowProvisionToAnotherProcessorWhoseQueriesAreThenCovered() {
    Consent c = loanConsent("C-1").provisionTo("某融资担保公司").addSeparateConsents(SeparateConsent.PROVISION_TO_OTHER_PROCESSOR).build();
    assertThat(f.registry.record(c).accepted()).isTrue();
    assertThat(f.registry.check("C-1", PERSON, "某融资担保公司", "LOAN-APPROVAL", PENALTY).isAllowed()).isTrue();
    assertThat(f.registry.check("C-1", PERSON, "另一家公司", "LOAN-APPROVAL", PENALTY).findings()).extracting(Finding::type)
        .containsExactly(ConsentFinding.OTHER_PARTY);
  }

  @Test
  void theFoundingMethodAndBasisAreCheckedAgainstThePurpose() {
    ConsentResult electronic = f.registry.record(loanConsent("C-1").method(ConsentMethod.ELECTRONIC).build());
    assertThat(electronic.verdict().findings()).extracting(Finding::type).containsExactly(ConsentFinding.WRITTEN_CONSENT_REQUIRED);
    assertThat(electronic.verdict().findings().get(0).messageZh()).contains("书面").contains("电子授权");

    LegalBasis notice = LegalBasis.builder().level(InstrumentLevel.NORMATIVE_DOCUMENT).issuer("某局").title("关于加强信用查询的通知")
        .effective(EffectivePeriod.from(LocalDate.of(2020, 1, 1))).build();
    ConsentResult statutory = f.registry.record(loanConsent("C-2").founding(Founding.statutoryDuty(notice)).build());
    assertThat(statutory.verdict().findings()).extracting(Finding::type)
        .containsExactly(ConsentFinding.FOUNDING_NOT_ALLOWED, ConsentFinding.STATUTORY_BASIS_TOO_LOW);
  }

  @Test
  void aPurposeNotInTheCatalogInForceIsRefused() {
    ConsentResult r = f.registry.record(loanConsent("C-1").purposeCode("MARKETING").build());
    assertThat(r.verdict().findings()).extracting(Finding::type).containsExactly(ConsentFinding.UNKNOWN_PURPOSE);
  }

  @Test
  void aConsentIsRecordedOnce() {
    assertThat(f.registry.record(loanConsent("C-1").build()).accepted()).isTrue();
    assertThat(f.registry.record(loanConsent("C-1").build()).verdict().findings()).extracting(Finding::type)
        .containsExactly(ConsentFinding.ALREADY_RECORDED);
  }

  @Test
  void aCheckNamesEveryMismatchAndAFieldOutsideTheScopeByItsItemsName() {
    f.registry.record(loanConsent("C-1").build());
    Verdict v = f.registry.check("C-1", OTHER_PERSON, "某小贷公司", "ADMIN-LICENSING",
        ImmutableSetMultimap.of("NAT-ADMIN-PENALTY", "violationFacts"));
    assertThat(v.findings()).extracting(Finding::type).containsExactly(ConsentFinding.OTHER_SUBJECT,
        ConsentFinding.OTHER_PARTY, ConsentFinding.OTHER_PURPOSE, ConsentFinding.OUTSIDE_SCOPE);
    assertThat(v.findings().get(2).messageZh()).contains("贷款审批").contains("行政许可审查");
    assertThat(v.findings().get(3).messageZh()).contains("行政处罚信息");
  }

  @Test
  void aConsentLimitedInUsesAuthorisesThatManyQueriesEvenWhenOfficersActAtOnce() throws Exception {
    f.registry.record(loanConsent("C-1").maxUses(100).build());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    AtomicInteger allowed = new AtomicInteger();
    ConcurrentLinkedQueue<Verdict> refused = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    for (int i = 0; i < 250; i++) {
      pool.submit(() -> {
        start.await();
        Verdict v = f.registry.authorise("C-1", PERSON, BANK, "LOAN-APPROVAL", PENALTY);
        if (v.isAllowed()) {
          allowed.incrementAndGet();
        } else {
          refused.add(v);
        }
        return null;
      });
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(allowed.get()).isEqualTo(100);
    assertThat(f.store.find("C-1").orElseThrow().usesMade()).isEqualTo(100);
    assertThat(f.store.find("C-1").orElseThrow().version()).isEqualTo(101);
    assertThat(refused).allSatisfy(v -> assertThat(v.findings()).extracting(Finding::type)
        .containsAnyOf(ConsentFinding.USED_UP, ConsentFinding.CONCURRENT_CHANGE));
    assertThat(f.registry.status("C-1")).contains(ConsentStatus.USED_UP);
  }

  @Test
  void twoWithdrawalsAtOnceWriteOneChange() throws Exception {
    f.registry.record(loanConsent("C-1").build());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<java.util.concurrent.Future<ConsentResult>> results =
        pool.invokeAll(List.of(() -> f.registry.withdraw("C-1", PERSON), () -> f.registry.withdraw("C-1", PERSON)));
    pool.shutdown();
    assertThat(results.stream().map(r -> {
      try {
        return r.get().verdict().findings().get(0).type();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    })).containsExactlyInAnyOrder(ConsentFinding.WITHDRAWAL_RECORDED, ConsentFinding.ALREADY_WITHDRAWN);
    assertThat(f.store.find("C-1").orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void aConsentNeverPrintsItsSubjectsIdentifier() {
    Consent c = loanConsent("C-1").build();
    f.registry.record(c);
    assertThat(c.toString()).doesNotContain("53010219200508011X");
    assertThat(f.store.find("C-1").orElseThrow().toString()).doesNotContain("53010219200508011X");
    for (Finding finding : check("C-1").findings()) {
      assertThat(finding.messageZh() + finding.messageEn() + finding.facts()).doesNotContain("53010219200508011X");
    }
  }

  @Test
  void aStatutoryAuthorisationIsNotWithdrawnByThePerson() {
    LegalBasis law = PrivacyInstruments.PIPL.withArticle("第十三条");
    Consent statutory = loanConsent("S-1").purposeCode("ADMIN-LICENSING").authorisedParty("青铜峡市审批服务管理局")
        .scope(ImmutableSetMultimap.of("NAT-SEVERE-LIST", "listName")).founding(Founding.statutoryDuty(law))
        .method(ConsentMethod.ELECTRONIC).validUntil(startOf(LocalDate.of(2026, 12, 1))).build();
    assertThat(f.registry.record(statutory).accepted()).isTrue();
    assertThat(f.registry.withdraw("S-1", PERSON).verdict().findings()).extracting(Finding::type)
        .containsExactly(ConsentFinding.NOT_WITHDRAWABLE);
    assertThat(f.registry.check("S-1", PERSON, "青铜峡市审批服务管理局", "ADMIN-LICENSING",
        ImmutableSetMultimap.of("NAT-SEVERE-LIST", "listName")).findings().get(0).message(Locale.SIMPLIFIED_CHINESE))
        .contains("行政许可审查");
  }
}
