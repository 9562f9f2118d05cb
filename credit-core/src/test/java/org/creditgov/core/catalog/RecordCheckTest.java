package org.creditgov.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgov.core.catalog.Fixtures.COMPANY;
import static org.creditgov.core.catalog.Fixtures.PERSON;
import static org.creditgov.core.catalog.Fixtures.QINGTONGXIA;
import static org.creditgov.core.catalog.Fixtures.RESIDENT_ID;
import static org.creditgov.core.catalog.Fixtures.bundled;
import static org.creditgov.core.catalog.Fixtures.penalty;
import static org.creditgov.core.catalog.Fixtures.penaltyBase;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.Severity;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.core.text.Term;
import org.junit.jupiter.api.Test;

class RecordCheckTest {

  private static final LocalDate MON = LocalDate.of(2025, 3, 3);
  private static final LocalDate NEXT_MON = LocalDate.of(2025, 3, 10);

  private static Verdict check(CreditRecord r) {
    return bundled().check(QINGTONGXIA, r);
  }

  private static List<FindingType> problems(Verdict v) {
    return v.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::type).toList();
  }

  private static CreditRecord withFields(Map<String, Object> changes) {
    CreditRecord valid = penalty(MON, NEXT_MON).build();
    Map<String, Object> fields = new HashMap<>(valid.fields());
    changes.forEach((k, v) -> {
      if (v == REMOVE) {
        fields.remove(k);
      } else {
        fields.put(k, v);
      }
    });
    return CreditRecord.builder()
        .itemCode(valid.itemCode()).subject(valid.subject()).putAllFields(fields)
        .decisionDate(valid.decisionDate()).documentNumber(valid.documentNumber())
        .issuingDepartment(valid.issuingDepartment()).severityClass(valid.severityClass())
        .submissionDate(valid.submissionDate()).build();
  }

  private static final Object REMOVE = new Object();

  private static CreditRecord minor(LocalDate decision, LocalDate submission) {
    return penaltyBase(decision, submission).itemCode("NAT-ADMIN-PENALTY").subject(COMPANY).severityClass(SeverityClass.MINOR).build();
  }

  @Test
  void aCompleteTimelyRecordIsAllowedWithItsPublicationWindowAndTheLayersApplied() {
    Verdict v = check(penalty(MON, NEXT_MON).build());
    assertThat(v.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(v.findings()).extracting(Finding::type).containsExactly(CatalogFinding.PUBLICATION_WINDOW);
    Finding w = v.findings().get(0);
    // Order 58 applies to a decision of 2025-03-03: 3 months to 3 years, each ending on the corresponding day, inclusive
    assertThat(w.fact(CatalogFacts.ITEM).map(Term::code)).contains("NAT-ADMIN-PENALTY");
    assertThat(w.fact(CatalogFacts.PUBLICATION_START)).contains(LocalDate.of(2025, 3, 3));
    assertThat(w.fact(CatalogFacts.LAST_DAY_OF_MINIMUM)).contains(LocalDate.of(2025, 6, 3));
    assertThat(w.fact(CatalogFacts.LAST_DAY_PUBLISHED)).contains(LocalDate.of(2028, 3, 3));
    assertThat(w.fact(CatalogFacts.RULE).map(Term::code)).contains("ndrc-order-58");
    assertThat(w.legalBases()).extracting(b -> b.documentNumber().orElse("")).containsExactly("国家发展和改革委员会令第58号");
    assertThat(w.messageZh()).isEqualTo("“行政处罚信息”社会公开：自2025年3月3日起公示，最短公示期至2025年6月3日届满，届满后方可申请"
        + "提前终止公示；最长公示至2028年3月3日（含当日），期满自动停止公示（依据国家发展改革委令第58号施行期间的公示期限）。");
    assertThat(w.messageEn()).contains("published through 3 March 2028").contains("Administrative penalty information");
    assertThat(v.ruleSetVersion()).contains(bundled().resolve(QINGTONGXIA, NEXT_MON).orElseThrow().ruleSetVersion());
  }

  @Test
  void anItemOutsideTheCatalogIsRefusedCitingTheCatalogRules() {
    Verdict v = check(penaltyBase(MON, NEXT_MON).itemCode("NAT-NOT-LISTED").subject(COMPANY).severityClass(SeverityClass.GENERAL).build());
    assertThat(v.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(v.findings()).hasSize(1);
    Finding f = v.findings().get(0);
    assertThat(f.type()).isEqualTo(CatalogFinding.ITEM_NOT_IN_CATALOG);
    assertThat(f.requirement()).isEqualTo(RequirementId.CAT_1);
    // the procedural bases of the layers in force in Qingtongxia: the national catalog's and the county's plan
    assertThat(f.legalBases()).containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49, Instruments.QINGTONGXIA_PLAN_2022);
    assertThat(f.fact(CatalogFacts.ITEM_CODE)).contains("NAT-NOT-LISTED");
    assertThat(f.messageZh()).isEqualTo("信息项“NAT-NOT-LISTED”不在青铜峡市2025年3月10日有效的公共信用信息目录中，目录外的信息不得归集。");
    assertThat(f.messageEn()).contains("NAT-NOT-LISTED").contains("Qingtongxia");
  }

  @Test
  void aSupplementItemIsInTheCatalogOnlyWhereItsLayerApplies() {
    CreditRecord r =
        CreditRecord.builder().itemCode("QTX-EX-COMMITMENT").subject(COMPANY)
            .putField("commitmentType", "告知承诺").putField("committedOn", MON)
            .decisionDate(MON).documentNumber("青审批〔2025〕1号").issuingDepartment("青铜峡市审批服务管理局")
            .submissionDate(NEXT_MON).build();
    assertThat(check(r).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(bundled().check(Fixtures.WUZHONG, r).findings()).extracting(Finding::type)
        .containsExactly(CatalogFinding.ITEM_NOT_IN_CATALOG);
  }

  @Test
  void aSubjectTypeTheItemDoesNotCoverIsRefused() {
    CreditRecord r =
        CreditRecord.builder().itemCode("NAT-ABNORMAL-LIST").subject(PERSON)
            .putField("listingReason", "未按期公示年报").putField("listedOn", MON).putField("listingAuthority", "某局")
            .decisionDate(MON).documentNumber("X〔2025〕1号").issuingDepartment("某局")
            .severityClass(SeverityClass.GENERAL).submissionDate(NEXT_MON).build();
    Verdict v = check(r);
    assertThat(problems(v)).containsExactly(CatalogFinding.SUBJECT_TYPE_NOT_ALLOWED);
    Finding f = v.findings().get(0);
    assertThat(f.fact(CatalogFacts.SUBJECT_TYPE).map(Term::code)).contains("NATURAL_PERSON");
    assertThat(f.fact(CatalogFacts.ALLOWED_SUBJECT_TYPES).orElseThrow()).extracting(Term::code).contains("LEGAL_PERSON");
    assertThat(f.messageEn()).contains("not to a natural person").contains("legal person").doesNotContain("LEGAL_PERSON");
    assertThat(f.messageZh()).contains("不适用于自然人").contains("法人").doesNotContain("natural person").doesNotContain("LEGAL_PERSON");
  }

  @Test
  void everyFieldProblemIsFoundAtOnce() {
    Verdict v =
        check(
            withFields(
                Map.of(
                    "violationType", REMOVE,
                    "penaltyContent", "   ",
                    "fineAmount", "5000",
                    "partyCreditCode", "91512081MA62K0260X",
                    "violationFacts", "事".repeat(2001),
                    "homeAddress", "宁夏青铜峡市某路1号")));
    assertThat(problems(v))
        .containsExactlyInAnyOrder(
            CatalogFinding.FIELD_MISSING, CatalogFinding.FIELD_MISSING, CatalogFinding.FIELD_WRONG_TYPE,
            CatalogFinding.FIELD_FORMAT_INVALID, CatalogFinding.FIELD_TOO_LONG, CatalogFinding.FIELD_NOT_IN_CATALOG);
    assertThat(v.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(v.findings()).filteredOn(f -> f.type() == CatalogFinding.FIELD_WRONG_TYPE).singleElement().satisfies(f -> {
      assertThat(f.fact(CatalogFacts.FIELD).map(Term::code)).contains("fineAmount");
      assertThat(f.fact(CatalogFacts.EXPECTED_TYPE).map(Term::code)).contains("DECIMAL");
      assertThat(f.fact(CatalogFacts.FOUND_TYPE).map(Term::code)).contains("String");
      // a clerk reads the field's label and the types' names, not fineAmount, DECIMAL or String
      assertThat(f.messageZh()).isEqualTo("信息项“行政处罚信息”的“罚款金额（元）”应填写数值（可含小数），记录中填写的是文本。");
      assertThat(f.messageEn()).isEqualTo("\"fine (CNY)\" of the item \"Administrative penalty information\" must be a number "
          + "(decimals allowed); the record gives a text.");
    });
    assertThat(v.findings()).filteredOn(f -> f.type() == CatalogFinding.FIELD_TOO_LONG).singleElement().satisfies(f -> {
      assertThat(f.fact(CatalogFacts.FIELD).map(Term::code)).contains("violationFacts");
      assertThat(f.fact(CatalogFacts.LENGTH)).contains(2001L);
      assertThat(f.fact(CatalogFacts.MAX_LENGTH)).contains(2000L);
      assertThat(f.messageZh()).contains("“违法事实”有2001个字，最多允许2000个字");
    });
    assertThat(v.findings()).filteredOn(f -> f.type() == CatalogFinding.FIELD_FORMAT_INVALID).singleElement()
        .satisfies(f -> assertThat(f.messageZh()).contains("“当事人统一社会信用代码”不是有效的统一社会信用代码"));
    assertThat(v.findings()).filteredOn(f -> f.type() == CatalogFinding.FIELD_NOT_IN_CATALOG).singleElement()
        .satisfies(f -> assertThat(f.requirement()).isEqualTo(RequirementId.CAT_1));
  }

  @Test
  void amountsAreNotNegativeAndHaveAtMostTwoDecimals() {
    assertThat(problems(check(withFields(Map.of("fineAmount", new BigDecimal("-1")))))).containsExactly(CatalogFinding.FIELD_FORMAT_INVALID);
    assertThat(problems(check(withFields(Map.of("fineAmount", new BigDecimal("1.234")))))).containsExactly(CatalogFinding.FIELD_FORMAT_INVALID);
    assertThat(problems(check(withFields(Map.of("fineAmount", new BigDecimal("1.230")))))).isEmpty();
    assertThat(problems(check(withFields(Map.of("fineAmount", 5000L))))).isEmpty();
    assertThat(problems(check(withFields(Map.of("fineAmount", 1.5d))))).containsExactly(CatalogFinding.FIELD_WRONG_TYPE);
  }

  @Test
  void severityClassesAreCheckedAgainstTheItem() {
    assertThat(problems(check(penaltyBase(MON, NEXT_MON).itemCode("NAT-ADMIN-PENALTY").subject(COMPANY).build())))
        .containsExactly(CatalogFinding.SEVERITY_CLASS_MISSING);
    CreditRecord severe =
        CreditRecord.builder().itemCode("NAT-SEVERE-LIST").subject(COMPANY)
            .putField("listName", "某名单").putField("listingReason", "事由").putField("listingBasis", "依据")
            .putField("listingAuthority", "某局").putField("listedOn", MON)
            .decisionDate(MON).documentNumber("X〔2025〕2号").issuingDepartment("某局")
            .severityClass(SeverityClass.GENERAL).submissionDate(NEXT_MON).build();
    assertThat(problems(check(severe))).containsExactly(CatalogFinding.SEVERITY_CLASS_NOT_ALLOWED);
    CreditRecord registration =
        CreditRecord.builder().itemCode("NAT-REG-BASIC").subject(COMPANY)
            .putField("creditCode", Fixtures.USCC).putField("name", "某公司").putField("legalRepresentative", "张某")
            .putField("establishedOn", LocalDate.of(2010, 1, 1)).putField("registrationAuthority", "某局")
            .decisionDate(MON).documentNumber("登记").issuingDepartment("某局")
            .severityClass(SeverityClass.MINOR).submissionDate(NEXT_MON).build();
    Verdict v = check(registration);
    assertThat(problems(v)).containsExactly(CatalogFinding.SEVERITY_CLASS_NOT_APPLICABLE);
    assertThat(v.outcome()).isEqualTo(Outcome.ALLOWED); // a warning
    assertThat(v.findings()).extracting(Finding::type).contains(CatalogFinding.PUBLICATION_WITHOUT_END);
  }

  @Test
  void lateSubmissionIsCountedInWorkingDaysAndARestDayAfterTheDeadlineIsLate() {
    WorkingDayCalendar cal = WorkingDayCalendar.china();
    LocalDate deadline = cal.plusWorkingDays(MON, 20);
    assertThat(problems(check(penalty(MON, deadline).build()))).isEmpty();
    Verdict late = check(penalty(MON, deadline.plusDays(1)).build());
    assertThat(problems(late)).containsExactly(CatalogFinding.SUBMISSION_LATE);
    assertThat(late.outcome()).isEqualTo(Outcome.ALLOWED); // late information is still collected (应归尽归), flagged
    Finding lateFinding = late.findings().get(0);
    assertThat(lateFinding.fact(CatalogFacts.LAST_DAY_TO_SUBMIT)).contains(deadline);
    assertThat(lateFinding.fact(CatalogFacts.DEADLINE_WORKING_DAYS)).contains(20);
    assertThat(lateFinding.fact(CatalogFacts.WORKING_DAYS_TAKEN)).contains(21);
    assertThat(lateFinding.messageZh()).contains("20个工作日内").contains("第21个工作日");
    // a decision whose deadline falls on a Friday followed by a rest day
    LocalDate d = LocalDate.of(2025, 1, 6);
    while (cal.plusWorkingDays(d, 20).getDayOfWeek() != DayOfWeek.FRIDAY || cal.isWorkingDay(cal.plusWorkingDays(d, 20).plusDays(1))) {
      d = d.plusDays(1);
    }
    LocalDate friday = cal.plusWorkingDays(d, 20);
    assertThat(problems(check(penalty(d, friday).build()))).isEmpty();
    assertThat(problems(check(penalty(d, friday.plusDays(1)).build()))).containsExactly(CatalogFinding.SUBMISSION_LATE);
  }

  @Test
  void aSubmissionBeforeItsDecisionIsRefused() {
    assertThat(problems(check(penalty(NEXT_MON, MON).build()))).containsExactly(CatalogFinding.SUBMISSION_BEFORE_DECISION);
  }

  @Test
  void aDeadlineTheCalendarCannotCountIsAFindingForReviewNotAGuess() {
    LocalDate d = LocalDate.of(2027, 1, 4);
    Verdict v = check(penalty(d, d.plusDays(3)).build());
    assertThat(problems(v)).containsExactly(CatalogFinding.DEADLINE_NOT_COMPUTABLE);
    assertThat(v.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(v.findings().get(0).messageEn()).contains("1 January 2020").contains("31 December 2026");
    assertThat(v.findings().get(0).fact(CatalogFacts.CALENDAR_LAST_DAY)).contains(LocalDate.of(2026, 12, 31));
  }

  @Test
  void aRecordOutsideTheResolvedPeriodIsSentToTheCatalogOfItsOwnDate() {
    ResolvedCatalog march2025 = bundled().resolve(QINGTONGXIA, NEXT_MON).orElseThrow();
    Verdict v = march2025.check(penalty(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 2)).build());
    assertThat(v.findings()).extracting(Finding::type).containsExactly(CatalogFinding.OUTSIDE_RESOLVED_PERIOD);
    assertThat(v.findings().get(0).messageZh()).contains("2024年12月2日").contains("自2025年1月1日起");
  }

  private static Finding window(Verdict v) {
    return v.findings().stream()
        .filter(f -> f.type() == CatalogFinding.PUBLICATION_WINDOW || f.type() == CatalogFinding.PUBLICATION_WINDOW_NO_MINIMUM)
        .findFirst().orElseThrow();
  }

  @Test
  void CAT_6_publicationWindowsFollowTheRegimeInForceOnTheDecisionDate() {
    // 527号, general: 3 months to 1 year (the decision predates the catalog; the submission is late)
    Finding w527 = window(check(penalty(LocalDate.of(2023, 1, 10), LocalDate.of(2024, 3, 5)).build()));
    assertThat(w527.fact(CatalogFacts.PUBLICATION_START)).contains(LocalDate.of(2023, 1, 10));
    assertThat(w527.fact(CatalogFacts.LAST_DAY_OF_MINIMUM)).contains(LocalDate.of(2023, 4, 10));
    assertThat(w527.fact(CatalogFacts.LAST_DAY_PUBLISHED)).contains(LocalDate.of(2024, 1, 10));
    assertThat(w527.fact(CatalogFacts.RULE).map(Term::code)).contains("ndrc-2019-527");
    // 527号 sets nothing for minor information
    Verdict minor527 = check(minor(LocalDate.of(2023, 1, 10), LocalDate.of(2024, 3, 5)));
    assertThat(problems(minor527)).contains(CatalogFinding.NO_PERIOD_FOR_CLASS);
    // Order 36: general 3 months to 1 year; minor not published by default
    LocalDate april = LocalDate.of(2026, 4, 7);
    Verdict general36 = check(penalty(april, april.plusDays(1)).build());
    assertThat(general36.findings()).singleElement().satisfies(f -> {
      assertThat(f.fact(CatalogFacts.LAST_DAY_OF_MINIMUM)).contains(LocalDate.of(2026, 7, 7));
      assertThat(f.fact(CatalogFacts.LAST_DAY_PUBLISHED)).contains(LocalDate.of(2027, 4, 7));
      assertThat(f.fact(CatalogFacts.RULE).map(Term::code)).contains("ndrc-order-36");
    });
    Verdict minor36 = check(minor(april, april.plusDays(1)));
    assertThat(minor36.findings()).extracting(Finding::type).containsExactly(CatalogFinding.NOT_PUBLISHED_BY_DEFAULT);
    assertThat(minor36.findings().get(0).fact(CatalogFacts.MAXIMUM)).contains(java.time.Period.ofMonths(3));
    assertThat(minor36.findings().get(0).messageZh()).contains("轻微失信信息原则上不予公示").contains("最长3个月").doesNotContain("P3M");
    // before the first regime: a person must decide (and 2019 is outside the working-day calendar)
    Verdict old = check(penalty(LocalDate.of(2019, 1, 2), LocalDate.of(2024, 3, 5)).build());
    assertThat(problems(old)).containsExactlyInAnyOrder(CatalogFinding.DEADLINE_NOT_COMPUTABLE, CatalogFinding.NO_PUBLICATION_REGIME);
    assertThat(old.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
  }

  @Test
  void CAT_6_aSectorOverlayTakesPrecedenceOverTheNationalSeries() {
    CreditRecord mr =
        CreditRecord.builder().itemCode("WZ-EX-MR-PENALTY").subject(COMPANY)
            .putField("violationType", "虚假宣传").putField("penaltyContent", "罚款").putField("decidingAuthority", "某局")
            .decisionDate(LocalDate.of(2025, 6, 2)).documentNumber("吴市监罚〔2025〕3号").issuingDepartment("吴忠市市场监督管理局")
            .severityClass(SeverityClass.GENERAL).submissionDate(LocalDate.of(2025, 6, 3)).build();
    Verdict v = check(mr);
    // SAMR Order 45: no minimum, at most 3 years
    assertThat(v.findings()).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(CatalogFinding.PUBLICATION_WINDOW_NO_MINIMUM);
      assertThat(f.fact(CatalogFacts.LAST_DAY_PUBLISHED)).contains(LocalDate.of(2028, 6, 2));
      assertThat(f.fact(CatalogFacts.RULE).map(Term::code)).contains("samr-order-45");
      assertThat(f.messageZh()).contains("最长公示至2028年6月2日（含当日）").contains("未规定申请提前终止前的最短公示期");
    });
    assertThat(bundled().resolve(QINGTONGXIA, LocalDate.of(2025, 6, 3)).orElseThrow().publicationWindow(mr).orElseThrow().regimeId())
        .contains("samr-order-45");
  }

  @Test
  void personalDataInFieldValuesNeverReachesToStringOrAnyMessage() {
    String secretAddress = "宁夏青铜峡市保密路9号";
    CreditRecord r =
        penaltyBase(MON, NEXT_MON).itemCode("NAT-ADMIN-PENALTY").severityClass(SeverityClass.GENERAL).subject(PERSON)
            .putField("partyIdNumber", RESIDENT_ID + "0") // malformed: a format finding
            .putField("homeAddress", secretAddress)       // outside the catalog
            .build();
    Verdict v = check(r);
    assertThat(problems(v)).contains(CatalogFinding.FIELD_FORMAT_INVALID, CatalogFinding.FIELD_NOT_IN_CATALOG);
    List<String> texts = new java.util.ArrayList<>();
    texts.add(r.toString());
    texts.add(v.toString());
    for (Finding f : v.findings()) {
      texts.add(f.messageEn());
      texts.add(f.messageZh());
      texts.add(f.message(Locale.CHINA));
      texts.add(f.facts().toString());
    }
    ResolvedCatalog resolved = bundled().resolve(QINGTONGXIA, NEXT_MON).orElseThrow();
    texts.add(resolved.disclosure(r, NEXT_MON).toString());
    for (String t : texts) {
      assertThat(t).doesNotContain(RESIDENT_ID).doesNotContain("王秘密").doesNotContain(secretAddress).doesNotContain("保密路");
    }
  }

  @Test
  void disclosureAnswersSharingPublicationUntilWhenAndWhatToMask() {
    ResolvedCatalog r = bundled().resolve(QINGTONGXIA, NEXT_MON).orElseThrow();
    CreditRecord p = penaltyBase(MON, NEXT_MON).itemCode("NAT-ADMIN-PENALTY").severityClass(SeverityClass.GENERAL).subject(PERSON).putField("partyIdNumber", RESIDENT_ID).build();
    DisclosureDecision d = r.disclosure(p, LocalDate.of(2026, 1, 1));
    assertThat(d.inCatalog()).isTrue();
    assertThat(d.mayShare()).isTrue();
    assertThat(d.mayShareWith("任何公共管理机构")).isTrue();
    assertThat(d.mayPublish()).isTrue();
    // 3 years from 2025-03-03: published through 2028-03-03 inclusive (Civil Code Arts. 201-202)
    assertThat(d.lastDayPublished()).contains(LocalDate.of(2028, 3, 3));
    assertThat(d.publishedUntil()).contains(LocalDate.of(2028, 3, 4));
    assertThat(d.fieldsToMask()).containsExactly("partyIdNumber");
    assertThat(d.personalCreditInformation()).isTrue();
    assertThat(r.disclosure(p, LocalDate.of(2028, 3, 3)).mayPublish()).isTrue();
    assertThat(r.disclosure(p, LocalDate.of(2028, 3, 4)).mayPublish()).isFalse();
    assertThat(r.disclosure(p, LocalDate.of(2025, 3, 3)).mayPublish()).isTrue();
    assertThat(r.disclosure(p, LocalDate.of(2025, 3, 2)).mayPublish()).isFalse();

    CreditRecord commitment =
        CreditRecord.builder().itemCode("QTX-EX-COMMITMENT").subject(COMPANY)
            .putField("commitmentType", "告知承诺").putField("committedOn", MON).putField("contactPhone", "13800000000")
            .decisionDate(MON).documentNumber("青审批〔2025〕1号").issuingDepartment("青铜峡市审批服务管理局")
            .submissionDate(NEXT_MON).build();
    DisclosureDecision c = r.disclosure(commitment, NEXT_MON);
    assertThat(c.mayShareWith("青铜峡市发展和改革局")).isTrue();
    assertThat(c.mayShareWith("某商业银行")).isFalse();
    assertThat(c.mayPublish()).isFalse();
    assertThat(c.onRequestOnly()).isTrue();
    assertThat(c.fieldsToMask()).containsExactly("contactPhone");

    CreditRecord social =
        CreditRecord.builder().itemCode("NAT-SOCIAL-INSURANCE").subject(COMPANY)
            .putField("paymentStatus", "欠费").putField("statusDate", MON).putField("arrearsAmount", new BigDecimal("100"))
            .decisionDate(MON).documentNumber("社保〔2025〕1号").issuingDepartment("社保经办机构").submissionDate(NEXT_MON).build();
    assertThat(r.disclosure(social, NEXT_MON).fieldsWithheld()).containsExactly("arrearsAmount");

    DisclosureDecision outside = r.disclosure(penaltyBase(MON, NEXT_MON).itemCode("NAT-NOT-LISTED").subject(COMPANY).build(), NEXT_MON);
    assertThat(outside.inCatalog()).isFalse();
    assertThat(outside.mayShare()).isFalse();
    assertThat(outside.mayPublish()).isFalse();
  }
}
