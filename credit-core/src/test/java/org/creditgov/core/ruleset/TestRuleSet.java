package org.creditgov.core.ruleset;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;

/** A minimal layered rule set for the registry's tests: a header and a list of entry codes. */
record TestRuleSet(RuleSetHeader header, ImmutableList<String> entryCodes) implements LayeredRuleSet {

  static final RuleSetKind KIND = RuleSetKind.of("test-list", Bilingual.of("测试清单", "test list"),
      RequirementId.SAN_1, true, problems -> new ReferenceDataException("test data", problems));
  static final RuleSetKind LOCAL_KIND = RuleSetKind.of("local-list", Bilingual.of("地方清单", "local list"),
      RequirementId.INC_1, false, problems -> new ReferenceDataException("test data", problems));

  @Override
  public String entryCodePointer(int index) {
    return "/entries/" + index + "/code";
  }

  static TestRuleSet of(String id, String jurisdiction, LocalDate from, LocalDate until, String... codes) {
    return of(id, jurisdiction, until == null ? EffectivePeriod.from(from) : EffectivePeriod.between(from, until), codes);
  }

  static TestRuleSet of(String id, String jurisdiction, EffectivePeriod effective, String... codes) {
    Jurisdiction j = Jurisdiction.of(jurisdiction);
    LegalBasis basis = LegalBasis.builder()
        .level(InstrumentLevel.NORMATIVE_DOCUMENT).issuer("测试机关").title("测试文件 " + id)
        .effective(EffectivePeriod.from(LocalDate.of(2000, 1, 1)))
        .build();
    RuleSetHeader header = RuleSetHeader.builder()
        .id(id).titleZh("测试 " + id).edition("test").jurisdiction(j).effective(effective)
        .legalBasis(basis).addProceduralBases(basis).origin(id + ".json")
        .build();
    return new TestRuleSet(header, ImmutableList.copyOf(List.of(codes)));
  }
}
