package org.creditgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionFinding;
import org.junit.jupiter.api.Test;

/**
 * The sanction suite itself: a system that asks {@link SanctionChecker} passes every requirement's
 * test; one that skips the leniency assessments (SAN-4) fails SAN-4 and only SAN-4; one that
 * refuses where the library holds for review fails SAN-4 too; each failure names the seed, its
 * switch, the violation and both answers.
 */
class SanctionAnswersSuiteTest {

  private static final int SEEDS = 100;

  @Test
  void aSystemAskingTheCheckerPassesEveryRequirement() {
    List<Suites.Ran> ran = Suites.execute(SanctionAnswers.suite(lists -> {
      SanctionChecker checker = SanctionChecker.of(lists);
      return request -> Answer.of(checker.check(request));
    }, SEEDS));
    assertThat(ran).extracting(r -> r.displayName().substring(0, r.displayName().indexOf(' ')))
        .containsExactly("CAT-4", "SAN-1", "SAN-2", "SAN-3", "SAN-4", "SAN-5", "SAN-6");
    assertThat(ran).filteredOn(r -> !r.passed()).as("failures %s", ran).isEmpty();
  }

  @Test
  void aSystemThatSkipsTheLeniencyAssessmentFailsSan4() {
    List<Suites.Ran> ran = Suites.execute(SanctionAnswers.suite(lists -> {
      SanctionChecker checker = SanctionChecker.of(lists);
      return request -> {
        Answer right = Answer.of(checker.check(request));
        ImmutableSortedSet<String> kept = right.codes().stream()
            .filter(c -> Suites.requirementOf(c, RequirementId.SAN_1, SanctionFinding.values()) != RequirementId.SAN_4)
            .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
        return kept.isEmpty() ? Answer.allowed() : new Answer(right.outcome(), kept);
      };
    }, SEEDS));
    List<Suites.Ran> failed = ran.stream().filter(r -> !r.passed()).toList();
    assertThat(failed).extracting(Suites.Ran::displayName).singleElement().asString()
        .startsWith("SAN-4 宽容审慎 (leniency): the system's decisions agree with SanctionChecker's verdicts");
    assertThat(failed.get(0).failure().getMessage())
        .matches("(?s)\\[seed=(-?\\d+); reproduce with -Dcreditgov\\.seed=\\1\\] the request broken by [A-Z_]+ \\(sanction\\.[A-Z_]+\\) of measure GEN-\\d.*")
        .containsPattern("the system answered ALLOWED, SanctionChecker (NEEDS_REVIEW|REFUSED) \\[sanction\\.[A-Z_]+ \\(SAN-4\\)\\]");
  }

  @Test
  void aSystemThatRefusesWhatTheLibraryHoldsForReviewFailsSan4() {
    List<Suites.Ran> ran = Suites.execute(SanctionAnswers.suite(lists -> {
      SanctionChecker checker = SanctionChecker.of(lists);
      return request -> {
        Answer right = Answer.of(checker.check(request));
        return right.outcome() == Outcome.NEEDS_REVIEW ? new Answer(Outcome.REFUSED, right.codes()) : right;
      };
    }, SEEDS));
    assertThat(ran.stream().filter(r -> !r.passed())).extracting(Suites.Ran::displayName).singleElement().asString()
        .startsWith("SAN-4 ");
  }

  @Test
  void theSuiteNeedsAPositiveNumberOfSeeds() {
    assertThatThrownBy(() -> SanctionAnswers.suite(lists -> request -> Answer.allowed(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
