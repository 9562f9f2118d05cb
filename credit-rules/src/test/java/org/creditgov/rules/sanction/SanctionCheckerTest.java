package org.creditgov.rules.sanction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgov.rules.sanction.Fixtures.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.RemovalReason;
import org.junit.jupiter.api.Test;

/** Example tests of the sanction-measure whitelist check, one rule at a time (SAN-1 … SAN-6). */
class SanctionCheckerTest {

  private final SanctionChecker checker = checker(NATIONAL);

  private Verdict check(Spec spec) {
    return checker.check(spec.build());
  }

  @Test
  void aLawfulRequestIsAllowedAndNamesTheListVersion() {
    Verdict v = check(new Spec());
    assertThat(v.findings()).isEmpty();
    assertThat(v.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(v.ruleSetVersion().map(Object::toString)).contains("measure-list:nat-test@2021-01-01");
  }

  @Test
  void noListInForceBeforeTheFirstVersion() {
    Spec s = new Spec();
    s.date = LocalDate.of(2020, 6, 1);
    s.facts = List.of(f().date(LocalDate.of(2020, 5, 1)).build());
    Verdict v = check(s);
    assertThat(codes(v)).containsExactly("ruleset.NOT_IN_FORCE");
    assertThat(v.ruleSetVersion()).isEmpty();
    assertThat(v.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(v.findings().get(0).legalBases()).containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49);
    assertThat(v.findings().get(0).messageZh()).isEqualTo("2020年6月1日青铜峡市没有有效的失信惩戒措施清单，无法据以核验或实施，请确认日期或加载该时期的版本。");
  }

  @Test
  void aMeasureNotOnTheListIsRefused() {
    Spec s = new Spec();
    s.measureCode = "INVENTED-MEASURE";
    Verdict v = check(s);
    assertThat(codes(v)).containsExactly("sanction.MEASURE_NOT_ON_LIST");
    assertThat(v.findings().get(0).requirement()).isEqualTo(RequirementId.SAN_1);
    assertThat(v.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(v.findings().get(0).fact(SanctionFacts.MEASURE_CODE)).contains("INVENTED-MEASURE");
    assertThat(v.findings().get(0).messageZh()).isEqualTo(
        "代码为INVENTED-MEASURE的惩戒措施不在2025年6月2日青铜峡市有效的失信惩戒措施清单（失信惩戒措施清单（测试）nat-test）之内；只能实施清单所列措施。");
  }

  @Test
  void theTargetsOfAMeasureMayNotBeWidened() {
    Measure organisationsOnly = m("ORG-ONLY").subjectTypes(org.creditgov.core.subject.SubjectType.LEGAL_PERSON).build();
    SanctionChecker c = checker(national("n", EffectivePeriod.from(LocalDate.of(2021, 1, 1)), organisationsOnly));
    Spec s = new Spec();
    s.measureCode = "ORG-ONLY";
    s.subject = person();
    Verdict v = c.check(s.build());
    assertThat(codes(v)).containsExactly("sanction.SUBJECT_TYPE_NOT_COVERED");
    assertThat(v.findings().get(0).messageZh()).isEqualTo(
        "惩戒措施“在一定期限内取消投标资格”不适用于自然人，其适用对象为：法人；不得扩大惩戒对象范围。");
    assertThat(v.findings().get(0).messageEn()).contains("natural person").contains("legal person").contains("No bidding for a period");
    assertThat(v.findings().get(0).fact(SanctionFacts.MEASURE).orElseThrow().code()).isEqualTo("ORG-ONLY");
    assertThat(v.findings().get(0).fact(SanctionFacts.SUBJECT_TYPE).orElseThrow().code()).isEqualTo("NATURAL_PERSON");
  }

  @Test
  void aPublicMeasureIsNotImplementedByABank() {
    Spec s = new Spec();
    s.kind = BodyKind.FINANCIAL_INSTITUTION;
    assertThat(codes(check(s))).containsExactly("sanction.BODY_KIND_NOT_LISTED");
  }

  @Test
  void aMeasureRestsOnASpecificFactWithItsDocument() {
    Spec none = new Spec();
    none.facts = List.of();
    assertThat(codes(check(none))).containsExactly("sanction.NO_CONDUCT_FACT");

    Spec undocumented = new Spec();
    undocumented.facts = List.of(f().document(null).build());
    assertThat(codes(check(undocumented))).containsExactly("sanction.FACT_WITHOUT_DOCUMENT");

    Spec future = new Spec();
    future.facts = List.of(f().date(DATE.plusDays(1)).build());
    assertThat(codes(check(future))).containsExactly("sanction.FACT_AFTER_DATE");
  }

  @Test
  void theDecisionCitesTheMeasuresBasisDirectlyAtTheRequiredLevelAndInForce() {
    Spec none = new Spec();
    none.cited = List.of();
    assertThat(codes(check(none))).containsExactly("sanction.BASIS_NOT_CITED");

    Spec indirect = new Spec();
    indirect.cited = List.of(NORMATIVE);
    Verdict v = check(indirect);
    assertThat(codes(v)).containsExactly("sanction.BASIS_INDIRECT");
    assertThat(v.findings().get(0).messageZh()).contains("《中华人民共和国招标投标法》第五十四条");

    Spec below = new Spec();
    below.cited = List.of(DEPARTMENT_RULE);
    assertThat(codes(check(below))).containsExactly("sanction.BASIS_BELOW_LEVEL");

    Spec repealed = new Spec();
    repealed.cited = List.of(LegalBasis.builder().level(InstrumentLevel.LAW).issuer(BIDDING_LAW.issuer())
        .title(BIDDING_LAW.title()).effective(EffectivePeriod.between(LocalDate.of(2000, 1, 1), LocalDate.of(2024, 1, 1)))
        .build());
    assertThat(codes(check(repealed))).containsExactly("sanction.BASIS_NOT_IN_FORCE");

    Spec otherArticle = new Spec();
    otherArticle.cited = List.of(LegalBasis.builder().level(InstrumentLevel.LAW).issuer(BIDDING_LAW.issuer())
        .title(BIDDING_LAW.title()).article("第五十三条").effective(BIDDING_LAW.effective()).build());
    assertThat(check(otherArticle).findings()).isEmpty();
  }

  @Test
  void aManagementMeasureNeedsABasisButNoLevel() {
    Measure management = m("MGMT").kind(MeasureKind.MANAGEMENT).bases(DEPARTMENT_RULE).build();
    SanctionChecker c = checker(national("n", EffectivePeriod.from(LocalDate.of(2021, 1, 1)), management));
    Spec s = new Spec();
    s.measureCode = "MGMT";
    s.cited = List.of(DEPARTMENT_RULE);
    assertThat(c.check(s.build()).findings()).isEmpty();
  }

  @Test
  void aCreditScoreIsNotAFactOfConduct() {
    Spec company = new Spec();
    company.trigger = Trigger.CREDIT_SCORE;
    Verdict v = check(company);
    assertThat(codes(v)).containsExactly("sanction.SCORE_NOT_A_FACT");
    assertThat(v.findings().get(0).requirement()).isEqualTo(RequirementId.SAN_2);
  }

  @Test
  void noIndividualIsSanctionedForACreditScore() {
    Spec s = new Spec();
    s.subject = person();
    s.trigger = Trigger.CREDIT_SCORE;
    Verdict v = check(s);
    assertThat(codes(v)).containsExactly("sanction.SCORE_SANCTION_OF_INDIVIDUAL");
    Finding f = v.findings().get(0);
    assertThat(f.requirement()).isEqualTo(RequirementId.SAN_6);
    assertThat(f.legalBases()).as("a national list names 49号 for procedure, and no county's plan")
        .containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49);
    assertThat(f.messageZh()).contains("不得以信用分低为由");
  }

  @Test
  void theFieldOfTheMeasureFitsTheConduct() {
    Spec s = new Spec();
    s.facts = List.of(f().field("食品安全").build());
    Verdict v = check(s);
    assertThat(codes(v)).containsExactly("sanction.FIELD_UNRELATED");
    assertThat(v.findings().get(0).messageEn()).contains("食品安全").contains("招标投标");
  }

  @Test
  void aMeasureIsNoHeavierAndNoLongerThanTheConductAllows() {
    Spec light = new Spec();
    light.facts = List.of(f().severity(SeverityClass.MINOR).build());
    light.assessment = Optional.of(assessment(DATE));
    assertThat(codes(check(light))).containsExactly("sanction.TOO_HEAVY_FOR_SEVERITY", "sanction.LENIENCY_ASSESSED");

    Spec longer = new Spec();
    longer.duration = Optional.of(Period.ofYears(3).plusDays(1));
    Verdict v = check(longer);
    assertThat(codes(v)).containsExactly("sanction.LONGER_THAN_MAXIMUM");
    Finding f = v.findings().get(0);
    assertThat(f.messageEn()).contains("3 years and 1 day").contains("maximum 3 years");
    assertThat(f.messageZh()).isEqualTo(
        "惩戒措施“在一定期限内取消投标资格”的拟定期限3年1日（至2028年6月3日）超过其最长期限3年（至2028年6月2日）。");
    assertThat(f.fact(SanctionFacts.PROPOSED)).contains(Period.ofYears(3).plusDays(1));
    assertThat(f.fact(SanctionFacts.MAXIMUM)).contains(Period.ofYears(3));
    assertThat(f.fact(SanctionFacts.PROPOSED_LAST_DAY)).contains(LocalDate.of(2028, 6, 3));
    assertThat(f.fact(SanctionFacts.MAXIMUM_LAST_DAY)).as("3 years from 2025-06-02, the last day included")
        .contains(LocalDate.of(2028, 6, 2));

    Spec exactly = new Spec();
    exactly.duration = Optional.of(Period.ofMonths(36));
    assertThat(check(exactly).findings()).isEmpty();
  }

  @Test
  void theProportionalityOfSeveralFactsFollowsTheFactsInTheMeasuresField() {
    Spec s = new Spec();
    s.facts = List.of(fact(), f().field("食品安全").severity(SeverityClass.MINOR).build());
    assertThat(check(s).findings()).isEmpty(); // the minor fact of another field is not what the measure answers
  }

  @Test
  void leniencyCircumstancesAreNeverSimplyAllowed() {
    Spec forceMajeure = new Spec();
    forceMajeure.facts = List.of(f().forceMajeure(true).build());
    Verdict v = check(forceMajeure);
    assertThat(codes(v)).containsExactly("sanction.FORCE_MAJEURE_NOT_ASSESSED");
    assertThat(v.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(v.isAllowed()).isFalse();

    Spec unintentional = new Spec();
    unintentional.facts = List.of(f().intent(Intent.NOT_INTENTIONAL).build());
    assertThat(codes(check(unintentional))).containsExactly("sanction.UNINTENTIONAL_NOT_ASSESSED");

    Spec unknown = new Spec();
    unknown.facts = List.of(f().intent(Intent.UNKNOWN).build());
    assertThat(codes(check(unknown))).containsExactly("sanction.INTENT_NOT_ESTABLISHED");

    Measure answersMinor = m("MINOR-OK").minimum(SeverityClass.MINOR).build();
    SanctionChecker c = checker(national("n", EffectivePeriod.from(LocalDate.of(2021, 1, 1)), answersMinor));
    Spec minorConduct = new Spec();
    minorConduct.measureCode = "MINOR-OK";
    minorConduct.facts = List.of(f().severity(SeverityClass.MINOR).build());
    assertThat(codes(c.check(minorConduct.build()))).containsExactly("sanction.MINOR_CONDUCT_NOT_ASSESSED");

    minorConduct.assessment = Optional.of(assessment(DATE.minusDays(1)));
    Verdict assessed = c.check(minorConduct.build());
    assertThat(codes(assessed)).containsExactly("sanction.LENIENCY_ASSESSED");
    assertThat(assessed.isAllowed()).isTrue();

    minorConduct.assessment = Optional.of(assessment(DATE.plusDays(1)));
    assertThat(codes(c.check(minorConduct.build()))).as("an assessment after the decision does not count")
        .containsExactly("sanction.MINOR_CONDUCT_NOT_ASSESSED");
  }

  @Test
  void minorsAreExcludedOrAssessed() {
    Spec s = new Spec();
    s.subject = minor();
    Verdict v = check(s);
    assertThat(codes(v)).containsExactly("sanction.MINOR_EXCLUDED");
    assertThat(v.findings().get(0).requirement()).isEqualTo(RequirementId.SAN_4);

    Measure forMinors = m("FOR-MINORS").minors(true).build();
    SanctionChecker c = checker(national("n", EffectivePeriod.from(LocalDate.of(2021, 1, 1)), forMinors));
    Spec m = new Spec();
    m.subject = minor();
    m.measureCode = "FOR-MINORS";
    assertThat(codes(c.check(m.build()))).containsExactly("sanction.MINOR_NOT_ASSESSED");

    Spec grownUp = new Spec(); // conduct at 15, decision at 19: the conduct was a minor's
    grownUp.subject = minor();
    grownUp.date = LocalDate.of(2029, 6, 1);
    grownUp.facts = List.of(f().date(LocalDate.of(2025, 6, 1)).build());
    assertThat(codes(check(grownUp))).containsExactly("sanction.MINOR_NOT_ASSESSED");
  }

  @Test
  void noPublicBodyCompelsAMarketBodyToSanction() {
    Measure market = m("MARKET").kind(MeasureKind.MARKET_AUTONOMOUS)
        .bodyKinds(BodyKind.FINANCIAL_INSTITUTION, BodyKind.NEWS_MEDIA).build();
    SanctionChecker c = checker(national("n", EffectivePeriod.from(LocalDate.of(2021, 1, 1)), market));
    Spec own = new Spec();
    own.measureCode = "MARKET";
    own.kind = BodyKind.FINANCIAL_INSTITUTION;
    own.cited = List.of();
    assertThat(c.check(own.build()).findings()).isEmpty();

    own.requiredBy = Optional.of("青铜峡市某局");
    Verdict v = c.check(own.build());
    assertThat(codes(v)).containsExactly("sanction.COMPELLED_MARKET_SANCTION");
    assertThat(v.findings().get(0).messageZh()).contains("金融机构");
    assertThat(v.findings().get(0).messageEn()).contains("financial institution");
  }

  @Test
  void aMeasureRestingOnAListingNeedsTheListingInForce() {
    LocalDate listed = LocalDate.of(2024, 3, 1);
    Spec inForce = new Spec();
    inForce.trigger = Trigger.LIST_MEMBERSHIP;
    inForce.listing = Optional.of(listing("L-1", WAGE_LIST_TYPE, COMPANY, listed, Period.ofYears(1), null, null));
    inForce.date = LocalDate.of(2025, 2, 28);
    inForce.facts = List.of(f().field("农民工工资支付").date(listed).build());
    assertThat(check(inForce).findings()).isEmpty();

    inForce.date = LocalDate.of(2025, 3, 1); // the day after the last listed day
    Verdict expired = check(inForce);
    assertThat(codes(expired)).containsExactly("sanction.LISTING_NOT_IN_FORCE");
    assertThat(expired.findings().get(0).messageEn()).contains("expired");
    assertThat(expired.findings().get(0).messageZh()).isEqualTo(
        "“拖欠农民工工资失信联合惩戒对象名单”中的列入记录L-1在2025年3月1日已不在列入状态（列入期限届满）；不得再依据其实施惩戒措施。");
    assertThat(expired.findings().get(0).fact(SanctionFacts.STATUS).orElseThrow().code()).isEqualTo("EXPIRED");
    assertThat(expired.findings().get(0).fact(SanctionFacts.LISTED_UNTIL)).as("the first day off the list")
        .contains(LocalDate.of(2025, 3, 1));

    Spec repaired = new Spec();
    repaired.trigger = Trigger.LIST_MEMBERSHIP;
    repaired.listing = Optional.of(listing("L-2", WAGE_LIST_TYPE, COMPANY, listed, Period.ofYears(3),
        RemovalReason.REPAIRED, LocalDate.of(2024, 9, 1)));
    repaired.facts = List.of(f().field("农民工工资支付").date(listed).build());
    Verdict v = check(repaired);
    assertThat(codes(v)).containsExactly("sanction.LISTING_NOT_IN_FORCE");
    assertThat(v.findings().get(0).legalBases()).contains(WAGE_LIST_TYPE.basis());

    Spec missing = new Spec();
    missing.trigger = Trigger.LIST_MEMBERSHIP;
    assertThat(codes(check(missing))).containsExactly("sanction.LISTING_MISSING");

    Spec otherList = new Spec();
    otherList.trigger = Trigger.LIST_MEMBERSHIP;
    otherList.listing = Optional.of(listing("L-3", OTHER_LIST_TYPE, COMPANY, listed, Period.ofYears(3), null, null));
    assertThat(codes(check(otherList))).containsExactly("sanction.LISTING_NOT_TARGETED");

    Spec otherSubject = new Spec();
    otherSubject.trigger = Trigger.LIST_MEMBERSHIP;
    otherSubject.listing = Optional.of(listing("L-4", WAGE_LIST_TYPE, person(), listed, Period.ofYears(3), null, null));
    assertThat(codes(check(otherSubject))).containsExactly("sanction.LISTING_OF_OTHER_SUBJECT");
  }

  @Test
  void aMeasureOnResponsiblePersonsRestsOnTheirOrganisationsListing() {
    Measure legalRep = m("LEGAL-REP").responsible(true).build();
    SanctionChecker c = checker(national("n", EffectivePeriod.from(LocalDate.of(2021, 1, 1)), legalRep));
    Spec s = new Spec();
    s.measureCode = "LEGAL-REP";
    s.subject = person();
    s.trigger = Trigger.LIST_MEMBERSHIP;
    s.listing = Optional.of(listing("L-5", WAGE_LIST_TYPE, COMPANY, LocalDate.of(2024, 3, 1), Period.ofYears(3), null, null));
    assertThat(c.check(s.build()).findings()).isEmpty();
  }

  @Test
  void everyViolationIsListedInOneVerdict() {
    Spec s = new Spec();
    s.subject = person();
    s.trigger = Trigger.CREDIT_SCORE;
    s.kind = BodyKind.NEWS_MEDIA;
    s.requiredBy = Optional.of("某局");
    s.cited = List.of(NORMATIVE);
    s.duration = Optional.of(Period.ofYears(5));
    s.facts = List.of(f().field("食品安全").forceMajeure(true).build());
    Verdict v = check(s);
    assertThat(codes(v)).containsExactly("sanction.BODY_KIND_NOT_LISTED", "sanction.BASIS_INDIRECT", "sanction.FIELD_UNRELATED",
        "sanction.LONGER_THAN_MAXIMUM", "sanction.FORCE_MAJEURE_NOT_ASSESSED", "sanction.COMPELLED_MARKET_SANCTION", "sanction.SCORE_SANCTION_OF_INDIVIDUAL");
    assertThat(v.outcome()).isEqualTo(Outcome.REFUSED);
    v.findings().forEach(f -> assertThat(f.legalBases()).isNotEmpty());
  }

  @Test
  void aPastDecisionIsJudgedByTheListVersionInForceOnItsDate() {
    Measure v1 = m("T-BAN").build();
    Measure v2 = m("T-BAN").maximum(Period.ofYears(1)).build();
    SanctionChecker c = checker(
        national("nat-2021", EffectivePeriod.between(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 1, 1)), v1),
        national("nat-2025", EffectivePeriod.from(LocalDate.of(2025, 1, 1)), v2));
    Spec before = new Spec();
    before.date = LocalDate.of(2024, 12, 31);
    before.duration = Optional.of(Period.ofYears(2));
    before.facts = List.of(f().date(LocalDate.of(2024, 11, 1)).build());
    Verdict old = c.check(before.build());
    assertThat(old.findings()).isEmpty();
    assertThat(old.ruleSetVersion().map(Object::toString)).contains("measure-list:nat-2021@2021-01-01");

    before.date = LocalDate.of(2025, 1, 1);
    Verdict now = c.check(before.build());
    assertThat(codes(now)).containsExactly("sanction.LONGER_THAN_MAXIMUM");
    assertThat(now.ruleSetVersion().map(Object::toString)).contains("measure-list:nat-2025@2025-01-01");
  }

  @Test
  void aSupplementAddsMeasuresInItsOwnJurisdictionOnly() {
    Measure local = m("NX-LOCAL").bases(NX_REGULATION).build();
    MeasureList ningxia = MeasureList.builder()
        .header(header("nx", NINGXIA, EffectivePeriod.from(LocalDate.of(2022, 1, 1)), NX_REGULATION)).addMeasures(local).build();
    SanctionChecker c = checker(NATIONAL, ningxia);
    Spec s = new Spec();
    s.measureCode = "NX-LOCAL";
    s.cited = List.of(NX_REGULATION);
    Verdict v = c.check(s.build());
    assertThat(v.findings()).isEmpty();
    assertThat(v.ruleSetVersion().map(Object::toString)).contains("measure-list:nat-test@2021-01-01+measure-list:nx@2022-01-01");

    s.jurisdiction = org.creditgov.core.jurisdiction.Jurisdiction.of("410100"); // 郑州: outside Ningxia
    assertThat(codes(c.check(s.build()))).containsExactly("sanction.MEASURE_NOT_ON_LIST");
  }

  @Test
  void equalRequestsGetEqualVerdicts() {
    Spec s = new Spec();
    s.facts = List.of(f().field("食品安全").build());
    assertThat(check(s)).isEqualTo(check(s));
  }

  @Test
  void noPersonalDataInTheRequestTheVerdictOrItsMessages() {
    Spec s = new Spec();
    s.subject = person();
    s.trigger = Trigger.CREDIT_SCORE;
    s.facts = List.of(fact(), f().field("食品安全").build());
    SanctionRequest request = s.build();
    Verdict v = checker.check(request);
    StringBuilder all = new StringBuilder(request.toString()).append(v).append(request.conductFacts());
    for (Finding f : v.findings()) {
      all.append(f.messageZh()).append(f.messageEn()).append(f.message(Locale.CHINA)).append(f.facts());
    }
    assertThat(all.toString()).doesNotContain(PERSON_NAME).doesNotContain(PERSON_ID).doesNotContain("1920-05-08")
        .doesNotContain("青发改罚");
  }

  @Test
  void everyFindingAndProblemHasBothMessagesInItsOwnLanguage() {
    List<org.creditgov.core.text.MessageType> types = new java.util.ArrayList<>(List.of(SanctionFinding.values()));
    types.addAll(List.of(MeasureListProblemType.values()));
    for (org.creditgov.core.text.MessageType type : types) {
      String en = type.messages(Locale.ROOT).getString(type.code());
      String zh = type.messages(Locale.SIMPLIFIED_CHINESE).getString(type.code());
      assertThat(en).as(type.code()).isNotBlank().isNotEqualTo(zh);
      assertThat(zh.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
          .as(type.code()).isTrue();
    }
  }

  private static LeniencyAssessment assessment(LocalDate on) {
    return LeniencyAssessment.builder().department("青铜峡市发展和改革局").documentNumber("宽-2025-1").assessedOn(on).build();
  }
}
