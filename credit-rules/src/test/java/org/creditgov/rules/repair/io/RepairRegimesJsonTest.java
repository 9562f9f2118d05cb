package org.creditgov.rules.repair.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.Lint;
import org.creditgov.core.io.LintReport;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.rules.repair.InformationKind;
import org.creditgov.rules.repair.NonRepairable;
import org.creditgov.rules.repair.PeriodsFrom;
import org.creditgov.rules.repair.RepairCondition;
import org.creditgov.rules.repair.RepairRegime;
import org.creditgov.rules.repair.RepairRegimeDataException;
import org.creditgov.rules.repair.TimeLimits;
import org.creditgov.testkit.CanonicalGenerators;
import org.creditgov.testkit.CatalogFileMutator;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The repair-regimes format {@code creditgov-repair-regimes/1} (REP-4): the bundled file reads and
 * labels what is unconfirmed; write then read gives equal regimes over generated values; a damaged
 * file is refused whole with every problem located, the same problems lint gives; the format is
 * registered with Lint and checks a publication series against the publication regimes.
 */
class RepairRegimesJsonTest {

  @Test
  void theBundledRegimesReadAndLabelWhatIsUnconfirmed() {
    ImmutableList<RepairRegime> regimes = BundledRepairRegimes.regimes();
    assertThat(regimes).extracting(RepairRegime::id).containsExactlyInAnyOrder("repair-ndrc-2019-527",
        "repair-ndrc-order-58", "repair-ndrc-order-58-with-22", "repair-ndrc-order-36", "repair-samr-order-45",
        "repair-samr-order-107");
    assertThat(regimes).allSatisfy(r -> assertThat(r.header().unconfirmed()).isNotEmpty());
    RepairRegime order36 = regimes.stream().filter(r -> r.id().equals("repair-ndrc-order-36")).findFirst().orElseThrow();
    assertThat(order36.timeLimits().feedbackWorkingDays()).hasValue(10);
    assertThat(order36.timeLimits().decisionWorkingDays()).hasValue(3);
    assertThat(order36.timeLimits().extensionWorkingDays()).as("unconfirmed: left to the user").isEmpty();
    assertThat(order36.header().unconfirmed()).anyMatch(u -> u.contains("extensionWorkingDays"));
    assertThat(RepairRegimesJson.read(RepairRegimesJson.write(regimes), "again.json")).isEqualTo(regimes);
  }

  private static LegalBasis basis(SplittableRandom r) {
    LegalBasis.Builder b = LegalBasis.builder().level(r.nextBoolean() ? InstrumentLevel.DEPARTMENT_RULE
        : InstrumentLevel.CENTRAL_POLICY_DOCUMENT).issuer("机关" + CanonicalGenerators.text(r))
        .title("依据" + CanonicalGenerators.text(r)).effective(EffectivePeriod.from(LocalDate.of(2000, 1, 1)));
    if (r.nextBoolean()) {
      b.article("第" + (1 + r.nextInt(30)) + "条");
    }
    return b.build();
  }

  /** A random regime, valid by construction. */
  static RepairRegime regime(SplittableRandom r, int n) {
    LocalDate from = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9000));
    RuleSetHeader.Builder h = RuleSetHeader.builder().id("gen-" + n).titleZh("修复规则" + CanonicalGenerators.text(r))
        .edition("e" + r.nextInt(9)).jurisdiction(Jurisdiction.national()).series("s" + n)
        .effective(r.nextBoolean() ? EffectivePeriod.from(from) : EffectivePeriod.between(from, from.plusDays(1 + r.nextInt(3000))))
        .legalBasis(basis(r)).example(r.nextBoolean());
    for (int i = r.nextInt(3); i > 0; i--) {
      h.addProceduralBases(basis(r));
    }
    if (r.nextBoolean()) {
      h.titleEn("Repair " + CanonicalGenerators.text(r));
    }
    if (r.nextBoolean()) {
      h.source("来源" + CanonicalGenerators.text(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      h.addUnconfirmed("未确认" + CanonicalGenerators.text(r));
    }
    EnumSet<InformationKind> kinds = EnumSet.noneOf(InformationKind.class);
    for (InformationKind k : InformationKind.values()) {
      if (r.nextBoolean()) {
        kinds.add(k);
      }
    }
    EnumSet<RepairCondition> conditions = EnumSet.noneOf(RepairCondition.class);
    for (RepairCondition c : RepairCondition.values()) {
      if (r.nextBoolean()) {
        conditions.add(c);
      }
    }
    List<NonRepairable> excluded = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      excluded.add(new NonRepairable("x-" + i, "不可修复" + CanonicalGenerators.text(r), "not repairable " + i,
          r.nextBoolean() ? Optional.of("源" + i) : Optional.empty(), r.nextBoolean() ? List.of("未确认" + i) : List.of()));
    }
    return RepairRegime.builder().header(h.build()).publicationSeries(r.nextBoolean() ? "national" : "p" + r.nextInt(5))
        .periodsFrom(PeriodsFrom.values()[r.nextInt(2)]).addAllRepairable(kinds).addAllConditions(conditions)
        .minorRepairableOnFulfilment(r.nextBoolean()).noticeRequired(r.nextBoolean()).addAllNonRepairable(excluded)
        .timeLimits(r.nextBoolean() ? TimeLimits.NONE : TimeLimits.of(days(r), days(r), days(r))).build();
  }

  private static Optional<Integer> days(SplittableRandom r) {
    return r.nextBoolean() ? Optional.of(r.nextInt(40)) : Optional.empty();
  }

  @Test
  void writeThenReadGivesEqualRegimes() {
    Seeds.forEachSeed(200, seed -> {
      SplittableRandom r = Seeds.random(seed);
      List<RepairRegime> regimes = new ArrayList<>();
      for (int i = r.nextInt(4); i >= 0; i--) {
        regimes.add(regime(r, i));
      }
      String text = RepairRegimesJson.write(regimes);
      assertThat(RepairRegimesJson.lint(text, "gen.json")).isEmpty();
      assertThat(RepairRegimesJson.read(text, "gen.json")).isEqualTo(regimes);
    });
  }

  @Test
  void aDamagedFileIsRefusedWithItsLocatedProblemsOrLoadsWhole() {
    String bundled = BundledRepairRegimes.text();
    Seeds.forEachSeed(200, seed -> {
      SplittableRandom r = Seeds.random(seed);
      String text = CatalogFileMutator.mutate(r, bundled, 1 + r.nextInt(3));
      List<RepairRegime> read = new ArrayList<>();
      Throwable t = catchThrowable(() -> read.addAll(RepairRegimesJson.read(text, "fuzz.json")));
      if (t == null) {
        assertThat(RepairRegimesJson.lint(text, "fuzz.json")).isEmpty();
        assertThat(RepairRegimesJson.read(RepairRegimesJson.write(read), "again.json")).isEqualTo(read);
      } else {
        assertThat(t).isInstanceOf(RepairRegimeDataException.class);
        List<DataProblem> problems = ((RepairRegimeDataException) t).problems();
        assertThat(problems).isNotEmpty().allSatisfy(p -> {
          assertThat(p.source()).isEqualTo("fuzz.json");
          assertThat(p.line()).isPresent();
          assertThat(p.requirement()).isPresent();
          assertThat(p.messageZh()).isNotBlank();
        });
        assertThat(problems).isEqualTo(RepairRegimesJson.lint(text, "fuzz.json"));
      }
    });
  }

  @Test
  void lintKnowsTheFormatAndChecksThePublicationSeries() {
    Lint lint = Lint.standard();
    assertThat(lint.bundledNames()).contains("bundled:repair-regimes");
    LintReport ok = lint.lint("bundled:repair-regimes", "bundled:publication-regimes");
    assertThat(ok.problems()).isEmpty();
  }

  @Test
  void twoVersionsOfOneSeriesInForceOnACommonDayAreRefused() {
    RepairRegime one = BundledRepairRegimes.regimes().get(0);
    RepairRegime overlapping = one.toBuilder().header(one.header().toBuilder().id("other").build()).build();
    assertThat(org.creditgov.rules.repair.RepairRegimes.problems(List.of(one, overlapping))).isNotEmpty();
  }
}
