package org.creditgov.privacy.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSetMultimap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.PublicationStates;
import org.creditgov.core.catalog.PublicationStop;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.catalog.StopReason;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.ruleset.RuleSetFinding;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.verdict.Finding;
import org.creditgov.privacy.CatalogAccess;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.ConsentMethod;
import org.creditgov.privacy.consent.ConsentRegistry;
import org.creditgov.privacy.consent.Founding;
import org.creditgov.privacy.io.BundledPurposes;
import org.creditgov.privacy.query.GatewayFixtures;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/** What the public credit website may show today (CAT-6, PRI-3, REP-3), and why each item withheld is withheld. */
class DisclosureViewTest {

  private final GatewayFixtures f = new GatewayFixtures();
  private final TestClock clock = f.clock;
  private final CatalogAccess catalogs = CatalogAccess.of(BundledCatalogs.registry(clock));
  private final PublicationStates.InMemory stops = PublicationStates.inMemory();
  private final Jurisdiction qtx = GatewayFixtures.QTX;

  private DisclosureView view() {
    return DisclosureView.builder().catalogs(catalogs).states(stops).clock(clock).build();
  }

  private CreditRecord companyPenalty(LocalDate decided, SeverityClass severity) {
    return GatewayFixtures.penalty(f.company, "青市监罚〔" + decided.getYear() + "〕12号", decided).toBuilder().severityClass(severity).build();
  }

  @Test
  void aRepairedPenaltyIsShownUntilTheRepairAndWithheldFromItsDayREP3() {
    CreditRecord penalty = companyPenalty(LocalDate.of(2025, 9, 1), SeverityClass.GENERAL);
    stops.stop(penalty.itemCode(), penalty.documentNumber(),
        PublicationStop.of(LocalDate.of(2026, 3, 16), StopReason.REPAIRED, "青信修〔2026〕3号"));

    DisclosureAnswer before = view().on(qtx, LocalDate.of(2026, 3, 15), f.companyRef, List.of(penalty));
    assertThat(before.withheld()).isEmpty();
    DisclosedItem shown = before.shown().get(0);
    assertThat(shown.fields()).containsEntry("penaltyContent", "罚款").containsEntry("fineAmount", new BigDecimal("5000.00"))
        .containsEntry("partyCreditCode", GatewayFixtures.USCC); // an organisation's code is public
    assertThat(shown.lastDayPublished()).isPresent();
    assertThat(shown.findings()).extracting(Finding::type).containsExactly(DisclosureFinding.PUBLISHED_UNTIL);

    DisclosureAnswer after = view().on(qtx, LocalDate.of(2026, 3, 16), f.companyRef, List.of(penalty));
    assertThat(after.shown()).isEmpty();
    WithheldItem withheld = after.withheld().get(0);
    assertThat(withheld.findings()).extracting(Finding::type).containsExactly(DisclosureFinding.REPAIRED);
    assertThat(withheld.findings().get(0).requirement().id()).isEqualTo("REP-3");
    assertThat(withheld.findings().get(0).messageZh()).contains("行政处罚信息").contains("2026年3月16日").contains("青信修〔2026〕3号");
  }

  @Test
  void aPenaltyIsShownOnlyInsideItsPublicationWindow() {
    CreditRecord penalty = companyPenalty(LocalDate.of(2025, 9, 1), SeverityClass.GENERAL);
    var window = catalogs.resolve(qtx, LocalDate.of(2026, 1, 1)).orElseThrow().publicationWindow(penalty).orElseThrow();
    LocalDate lastDay = window.lastDayPublished().orElseThrow();
    assertThat(view().on(qtx, lastDay, f.companyRef, List.of(penalty)).shown()).hasSize(1);
    DisclosureAnswer ended = view().on(qtx, lastDay.plusDays(1), f.companyRef, List.of(penalty));
    assertThat(ended.withheld().get(0).findings()).extracting(Finding::type).containsExactly(DisclosureFinding.PUBLICATION_ENDED);
    assertThat(ended.withheld().get(0).findings().get(0).fact(org.creditgov.core.text.FactKey.date("lastDay"))).contains(lastDay);
    DisclosureAnswer early = view().on(qtx, LocalDate.of(2025, 8, 31), f.companyRef, List.of(penalty));
    assertThat(early.withheld().get(0).findings()).extracting(Finding::type).containsExactly(DisclosureFinding.NOT_YET_PUBLISHED);
  }

  @Test
  void anItemNotPublicAnItemOutsideTheCatalogAndAnotherSubjectsRecordAreWithheldWithEveryReason() {
    CreditRecord insurance = CreditRecord.builder().itemCode("NAT-SOCIAL-INSURANCE").subject(f.company)
        .putField("paymentStatus", "欠费").putField("arrearsAmount", new BigDecimal("12000.00")).putField("statusDate", LocalDate.of(2026, 1, 5))
        .decisionDate(LocalDate.of(2026, 1, 5)).documentNumber("青社保〔2026〕1号").issuingDepartment("青铜峡市社会保险事业管理中心")
        .submissionDate(LocalDate.of(2026, 1, 6)).build();
    CreditRecord unknown = insurance.toBuilder().itemCode("QTX-NOT-IN-CATALOG").build();
    CreditRecord others = GatewayFixtures.penalty(f.person, "青市监罚〔2026〕7号", LocalDate.of(2026, 3, 2));

    DisclosureAnswer a = view().on(qtx, LocalDate.of(2026, 4, 1), f.companyRef, List.of(insurance, unknown, others));

    assertThat(a.shown()).isEmpty();
    assertThat(a.withheld()).hasSize(3);
    assertThat(a.withheld().get(0).findings()).extracting(Finding::type).containsExactly(DisclosureFinding.NOT_PUBLIC);
    assertThat(a.withheld().get(0).findings().get(0).messageZh()).contains("依申请公开");
    assertThat(a.withheld().get(1).findings()).extracting(Finding::type).containsExactly(DisclosureFinding.NOT_IN_CATALOG);
    assertThat(a.withheld().get(2).findings()).extracting(Finding::type).containsExactly(DisclosureFinding.OTHER_SUBJECT);
  }

  @Test
  void aPersonsPenaltyIsShownOnItsStatutoryBasisMaskedWithoutTheIdNumber() {
    CreditRecord penalty = GatewayFixtures.penalty(f.person, "青市监罚〔2026〕7号", LocalDate.of(2026, 3, 2));
    DisclosureAnswer a = view().on(qtx, LocalDate.of(2026, 4, 1), f.personRef, List.of(penalty));
    assertThat(a.withheld()).isEmpty();
    DisclosedItem shown = a.shown().get(0);
    assertThat(shown.fields()).doesNotContainKey("partyIdNumber");
    assertThat(shown.findings()).extracting(Finding::type)
        .containsExactly(DisclosureFinding.PUBLISHED_UNTIL, DisclosureFinding.SENSITIVE_FIELD_WITHHELD);
    assertThat(a.toString()).doesNotContain(GatewayFixtures.ID);
  }

  @Test
  void aPersonsListingWhoseItemCitesNoLawIsShownOnlyWithTheirConsent() {
    NaturalPerson person = f.person;
    CreditRecord listing = CreditRecord.builder().itemCode("NAT-SEVERE-LIST").subject(person)
        .putField("listName", "严重违法失信名单").putField("listingReason", "拒不履行法定义务").putField("listingBasis", "某条例第十条")
        .putField("listingAuthority", "青铜峡市市场监督管理局").putField("listedOn", LocalDate.of(2026, 2, 2))
        .putField("partyIdNumber", GatewayFixtures.ID).decisionDate(LocalDate.of(2026, 2, 2)).documentNumber("青市监列〔2026〕1号")
        .issuingDepartment("青铜峡市市场监督管理局").severityClass(SeverityClass.SERIOUS).submissionDate(LocalDate.of(2026, 2, 3)).build();
    SubjectRef ref = SubjectRef.of(person);
    DisclosureAnswer without = view().on(qtx, LocalDate.of(2026, 4, 1), ref, List.of(listing));
    assertThat(without.withheld().get(0).findings()).extracting(Finding::type).containsExactly(DisclosureFinding.PERSONAL_WITHOUT_BASIS);

    ConsentRegistry consents = ConsentRegistry.builder().purposes(BundledPurposes.registry()).catalogs(catalogs).clock(clock).build();
    ImmutableSetMultimap<String, String> scope = ImmutableSetMultimap.<String, String>builder()
        .putAll("NAT-SEVERE-LIST", "listName", "listingReason", "listingBasis", "listingAuthority", "listedOn").build();
    Consent consent = Consent.builder().id("PUB-1").subject(ref).authorisedParty("信用中国（宁夏青铜峡）").purposeCode("PUBLIC-DISCLOSURE")
        .jurisdiction(qtx).scope(scope).founding(Founding.consent()).method(ConsentMethod.WRITTEN)
        .validFrom(clock.instant()).validUntil(clock.instant().plusSeconds(3600L * 24 * 365)).build();
    assertThat(consents.record(consent).accepted()).isTrue();
    DisclosureView withConsent = DisclosureView.builder().catalogs(catalogs).consents(consents, "信用中国（宁夏青铜峡）", "PUBLIC-DISCLOSURE")
        .clock(clock).build();
    clock.set(LocalDate.of(2026, 10, 1));
    DisclosureAnswer with = withConsent.today(qtx, ref, List.of(listing));
    assertThat(with.shown()).singleElement().satisfies(s -> assertThat(s.fields()).doesNotContainKey("partyIdNumber"));
  }

  @Test
  void noCatalogInForceWithholdsEverything() {
    CreditRecord penalty = companyPenalty(LocalDate.of(2020, 9, 1), SeverityClass.GENERAL);
    DisclosureAnswer a = view().on(qtx, LocalDate.of(2021, 1, 1), f.companyRef, List.of(penalty));
    assertThat(a.findings()).extracting(Finding::type).containsExactly(RuleSetFinding.NOT_IN_FORCE);
    assertThat(a.withheld()).singleElement().satisfies(w -> assertThat(w.findings()).extracting(Finding::type)
        .containsExactly(RuleSetFinding.NOT_IN_FORCE));
    assertThat(a.ruleSetVersion()).isEmpty();
  }
}
