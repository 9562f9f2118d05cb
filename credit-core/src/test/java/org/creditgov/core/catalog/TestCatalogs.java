package org.creditgov.core.catalog;

import java.time.LocalDate;
import java.util.List;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;

/** Small catalogs built in code for the registry tests. */
final class TestCatalogs {

  private TestCatalogs() {}

  static CatalogItem item(String code) {
    return CatalogItem.builder()
        .code(code).nameZh("测试信息项").nameEn("test item").categoryCode("C1")
        .addSubjectTypes(SubjectType.LEGAL_PERSON)
        .addFields(FieldSpec.builder().name("note").type(FieldType.TEXT).required(true).sensitivity(Sensitivity.PUBLIC).build())
        .sourceDepartment("某局").addLegalBases(Instruments.STATE_COUNCIL_OPINION_2020_49)
        .sharing(SharingAttribute.unconditional()).disclosure(DisclosureAttribute.NONE)
        .updateDeadlineWorkingDays(7).build();
  }

  static Catalog catalog(String id, Jurisdiction j, LocalDate from, LocalDate until, CatalogItem... items) {
    return catalog(id, j, until == null ? EffectivePeriod.from(from) : EffectivePeriod.between(from, until), List.of(items));
  }

  static Catalog catalog(String id, Jurisdiction j, EffectivePeriod effective, List<CatalogItem> items) {
    return Catalog.builder()
        .header(RuleSetHeader.builder().id(id).titleZh("测试目录 " + id).edition("test").jurisdiction(j).effective(effective)
            .legalBasis(issuer(j, effective.from())).build())
        .addCategories(Category.builder().code("C1").nameZh("类别").nameEn("category").build())
        .addAllItems(items).build();
  }

  static LegalBasis issuer(Jurisdiction j, LocalDate from) {
    var b = LegalBasis.builder().level(InstrumentLevel.NORMATIVE_DOCUMENT).issuer("发布机关").title("测试目录")
        .effective(EffectivePeriod.from(from));
    if (!j.equals(Jurisdiction.national())) {
      b.jurisdiction(j);
    }
    return b.build();
  }
}
