package org.creditgov.core.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;

/** Shared data of the catalog tests. */
final class Fixtures {

  static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 1, 5).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
  static final Jurisdiction QINGTONGXIA = Jurisdiction.of("640381");
  static final Jurisdiction WUZHONG = Jurisdiction.of("640300");
  static final Jurisdiction NINGXIA = Jurisdiction.of("640000");
  static final String USCC = "91512081MA62K0260E";
  /** A valid resident ID number (a public test sample): personal data in the tests' eyes. */
  static final String RESIDENT_ID = "53010219200508011X";

  static final Organisation COMPANY =
      Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse(USCC), "青铜峡某某建材有限公司");
  static final NaturalPerson PERSON =
      NaturalPerson.of("王秘密", ResidentIdNumber.parser(CLOCK).parse(RESIDENT_ID));

  private static CatalogRegistry bundled;

  private Fixtures() {}

  static synchronized CatalogRegistry bundled() {
    if (bundled == null) {
      bundled = BundledCatalogs.registry(CLOCK);
    }
    return bundled;
  }

  /** A valid administrative-penalty record of the bundled national catalog, of a company, general. */
  static CreditRecord.Builder penalty(LocalDate decision, LocalDate submission) {
    return penaltyBase(decision, submission)
        .itemCode("NAT-ADMIN-PENALTY")
        .subject(COMPANY)
        .severityClass(SeverityClass.GENERAL);
  }

  /** As {@link #penalty} without item code, subject and class, for tests that set them. */
  static CreditRecord.Builder penaltyBase(LocalDate decision, LocalDate submission) {
    return CreditRecord.builder()
        .putAllFields(
            Map.of(
                "violationType", "未按规定公示年度报告",
                "violationFacts", "经查，当事人……",
                "penaltyBasis", "《中华人民共和国行政处罚法》",
                "penaltyContent", "罚款",
                "fineAmount", new BigDecimal("5000.00"),
                "decidingAuthority", "青铜峡市市场监督管理局",
                "partyCreditCode", USCC))
        .decisionDate(decision)
        .documentNumber("青市监罚〔2025〕12号")
        .issuingDepartment("青铜峡市市场监督管理局")
        .submissionDate(submission);
  }
}
