package org.creditgov.core.verdict;

import org.creditgov.core.RequirementId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.FactKey;
import org.creditgov.core.text.Term;
import org.junit.jupiter.api.Test;

/** Examples for {@link Verdict} and {@link Finding}: answers, not exceptions (DESIGN.md). */
class VerdictTest {

  private static final FactKey<Term> LEVEL = FactKey.term("level");
  private static final FactKey<Integer> LATE = FactKey.workingDays("late");

  private final Finding belowLevel = Finding.of(TestFinding.BASIS_BELOW_LEVEL, Instruments.STATE_COUNCIL_OPINION_2020_49,
      Fact.term("level", InstrumentLevel.NORMATIVE_DOCUMENT), Fact.term("required", InstrumentLevel.CENTRAL_POLICY_DOCUMENT));
  private final Finding late = Finding.of(TestFinding.LATE_ANSWER, Instruments.STATE_COUNCIL_OPINION_2020_49, Fact.workingDays("late", 3));
  private final Finding review = Finding.of(TestFinding.LENIENCY_NOT_ASSESSED, Instruments.STATE_COUNCIL_OPINION_2020_49);

  @Test
  void aFindingCarriesCodeRequirementBasisAndBothLanguages() {
    assertThat(belowLevel.code()).isEqualTo("test.BASIS_BELOW_LEVEL");
    assertThat(belowLevel.requirement().id()).isEqualTo("LB-2");
    assertThat(belowLevel.legalBases()).containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49);
    assertThat(belowLevel.messageEn()).isEqualTo("The basis is a normative document; this act needs at least a central policy document.");
    assertThat(belowLevel.messageZh()).isEqualTo("依据为规范性文件，该行为至少需要党中央、国务院政策文件。");
    assertThat(belowLevel.fact(LEVEL)).contains(Term.of(InstrumentLevel.NORMATIVE_DOCUMENT));
    assertThat(late.messageZh()).isEqualTo("异议答复逾期3个工作日。");
    assertThat(late.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(late.messageZh());
    assertThat(late.message(Locale.ENGLISH)).isEqualTo("The objection was answered 3 working days late.");
    assertThat(late.fact(LATE)).contains(3);
    assertThat(late.fact("late")).contains(Fact.workingDays("late", 3));
  }

  @Test
  void englishIsChosenWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      Finding f = Finding.of(TestFinding.LATE_ANSWER, Instruments.STATE_COUNCIL_OPINION_2020_49, Fact.workingDays("late", 1));
      assertThat(f.messageEn()).startsWith("The objection");
      assertThat(f.messageZh()).startsWith("异议");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void theOutcomeIsTheHeaviestSeverity() {
    assertThat(Verdict.allowed().outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(Verdict.of(ImmutableList.of(late)).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(Verdict.of(ImmutableList.of(late, review)).outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(Verdict.of(ImmutableList.of(review, belowLevel, late)).outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(Verdict.of(ImmutableList.of(review)).isAllowed()).isFalse();
  }

  @Test
  void aVerdictKeepsEveryFindingInOrder() {
    RuleSetVersion version = RuleSetVersion.of("test", "test-2026", java.time.LocalDate.of(2026, 1, 1));
    Verdict v = Verdict.builder().addFindings(review, belowLevel, late).ruleSetVersion(version).build();

    assertThat(v.findings()).containsExactly(review, belowLevel, late);
    assertThat(v.findingsFor(RequirementId.LB_2)).containsExactly(belowLevel);
    assertThat(v.has(TestFinding.LATE_ANSWER)).isTrue();
    assertThat(v.has(TestFinding.NO_MESSAGE)).isFalse();
    assertThat(v.ruleSetVersion()).hasValue(RuleSetVersion.parse("test:test-2026@2026-01-01"));
    assertThat(v).isEqualTo(Verdict.builder().addFindings(review, belowLevel, late).ruleSetVersion(version).build());
    assertThat(v.findingsOf(TestFinding.LATE_ANSWER)).containsExactly(late);
  }

  @Test
  void everyFindingCitesALegalBasis() {
    assertThatIllegalArgumentException().isThrownBy(() -> Finding.of(TestFinding.LATE_ANSWER, ImmutableList.of(), Fact.workingDays("late", 1)));
  }

  @Test
  void aMissingMessageIsAProgrammingErrorNamingTheCode() {
    Finding noMessage = Finding.of(TestFinding.NO_MESSAGE, Instruments.STATE_COUNCIL_OPINION_2020_49);
    assertThatIllegalStateException().isThrownBy(noMessage::messageEn).withMessageContaining("NO_MESSAGE");
    assertThatIllegalStateException().isThrownBy(noMessage::messageZh).withMessageContaining("NO_MESSAGE");
  }

  @Test
  void findingsAreEqualByTypeBasesAndFacts() {
    assertThat(Finding.of(TestFinding.LATE_ANSWER, Instruments.STATE_COUNCIL_OPINION_2020_49, Fact.workingDays("late", 3)))
        .isEqualTo(late).hasSameHashCodeAs(late)
        .isNotEqualTo(Finding.of(TestFinding.LATE_ANSWER, Instruments.STATE_COUNCIL_OPINION_2020_49, Fact.workingDays("late", 4)));
  }

  @Test
  void requirementIdsAreWrittenAsInTheRequirements() {
    assertThat(RequirementId.SAN_6.id()).isEqualTo("SAN-6");
    assertThat(RequirementId.CAT_4).hasToString("CAT-4");
    assertThat(RequirementId.ofId("REP-6")).isEqualTo(RequirementId.REP_6);
    assertThat(RequirementId.SEC_3.nameZh()).isEqualTo("日志留存");
  }
}
