package org.creditgov.core.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.data.ReferenceDataException;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.Finding;
import org.creditgov.testkit.LogCapture;
import org.junit.jupiter.api.Test;

/** The one resolution mechanism of layered rule sets (CAT-4). */
class RuleSetRegistryTest {

  private static final Jurisdiction QTX = Jurisdiction.of("640381");
  private static final LocalDate D2024 = LocalDate.of(2024, 1, 1);
  private static final LocalDate D2025 = LocalDate.of(2025, 1, 1);
  private static final LocalDate D2026 = LocalDate.of(2026, 1, 1);

  private static RuleSetRegistry<TestRuleSet, Layers<TestRuleSet>> registry(RuleSetKind kind, TestRuleSet... sets) {
    return RuleSetRegistry.<TestRuleSet, Layers<TestRuleSet>>builder(kind, layers -> layers).addAll(List.of(sets)).build();
  }

  @Test
  void CAT_4_resolvesTheNationalLayerAndEverySupplementOnTheChainInForceThatDay() {
    var registry = registry(TestRuleSet.KIND,
        TestRuleSet.of("cn-1", "000000", D2024, D2026, "A", "B"),
        TestRuleSet.of("cn-2", "000000", D2026, null, "A", "B", "C"),
        TestRuleSet.of("nx", "640000", D2025, null, "NX1"),
        TestRuleSet.of("qtx", "640381", D2025, null, "Q1"),
        TestRuleSet.of("other-county", "640302", D2024, null, "O1"));
    Layers<TestRuleSet> in2025 = registry.resolve(QTX, LocalDate.of(2025, 6, 1)).orElseThrow();
    assertThat(in2025.layers()).extracting(TestRuleSet::id).containsExactly("cn-1", "nx", "qtx");
    assertThat(in2025.period().from()).isEqualTo(D2025);
    assertThat(in2025.period().until()).contains(D2026);
    assertThat(in2025.version()).hasToString("test-list:cn-1@2024-01-01+test-list:nx@2025-01-01+test-list:qtx@2025-01-01");
    assertThat(registry.resolve(QTX, D2026).orElseThrow().layers()).extracting(TestRuleSet::id).containsExactly("cn-2", "nx", "qtx");
    assertThat(registry.resolve(QTX, LocalDate.of(2024, 6, 1)).orElseThrow().layers()).extracting(TestRuleSet::id).containsExactly("cn-1");
  }

  @Test
  void aPeriodIsResolvedOnceAndServesEveryDayOfIt() {
    var registry = registry(TestRuleSet.KIND, TestRuleSet.of("cn", "000000", D2024, null, "A"));
    assertThat(registry.resolve(QTX, D2024).orElseThrow()).isSameAs(registry.resolve(QTX, LocalDate.of(2030, 5, 5)).orElseThrow());
  }

  @Test
  void nothingInForceIsEmptyAndOneFinding() {
    var registry = registry(TestRuleSet.KIND,
        TestRuleSet.of("cn", "000000", D2025, null, "A"), TestRuleSet.of("qtx", "640381", D2024, null, "Q"));
    assertThat(registry.resolve(QTX, LocalDate.of(2024, 6, 1)))
        .as("a supplement without a national layer is not in force for a kind that needs one").isEmpty();
    assertThat(registry.layers(QTX, LocalDate.of(2023, 1, 1))).isEmpty();
    Finding f = registry.notInForce(QTX, LocalDate.of(2024, 6, 1));
    assertThat(f.code()).isEqualTo("ruleset.NOT_IN_FORCE");
    assertThat(f.requirement()).isEqualTo(RequirementId.CAT_4);
    assertThat(f.messageZh()).isEqualTo("2024年6月1日青铜峡市没有有效的测试清单，无法据以核验或实施，请确认日期或加载该时期的版本。");
    assertThat(f.messageEn()).contains("No test list is in force in Qingtongxia").contains("1 June 2024");
  }

  @Test
  void aKindWithoutANationalLayerResolvesLocalVersionsAlone() {
    var registry = registry(TestRuleSet.LOCAL_KIND, TestRuleSet.of("qtx", "640381", D2024, null, "Q"));
    assertThat(registry.resolve(QTX, D2025).orElseThrow().layers()).extracting(TestRuleSet::id).containsExactly("qtx");
    assertThat(registry.resolve(Jurisdiction.of("640302"), D2025)).isEmpty();
  }

  @Test
  void CAT_4_refusesOverlappingVersionsDuplicateIdsAndRedefinitionsWithEveryProblem() {
    var builder = RuleSetRegistry.<TestRuleSet, Layers<TestRuleSet>>builder(TestRuleSet.KIND, l -> l)
        .add(TestRuleSet.of("cn-1", "000000", D2024, null, "A", "B"))
        .add(TestRuleSet.of("cn-2", "000000", D2025, null, "A"))
        .add(TestRuleSet.of("qtx", "640381", D2024, null, "Q", "B"))
        .add(TestRuleSet.of("qtx", "640381", D2026, null, "Q"));
    List<DataProblem> problems = builder.problems();
    assertThat(problems).extracting(DataProblem::code).containsExactlyInAnyOrder(
        "data.DUPLICATE_ID", "data.OVERLAPPING_VERSIONS", "data.OVERLAPPING_VERSIONS", "data.REDEFINES_HIGHER_LAYER_ENTRY");
    assertThat(problems).allSatisfy(p -> assertThat(p.requirement()).contains(RequirementId.SAN_1));
    DataProblem redefinition = problems.stream().filter(p -> p.code().equals("data.REDEFINES_HIGHER_LAYER_ENTRY")).findFirst().orElseThrow();
    assertThat(redefinition.source()).isEqualTo("qtx.json");
    assertThat(redefinition.pointer()).isEqualTo("/entries/1/code");
    assertThat(redefinition.messageZh()).contains("“B”").contains("cn-1");
    assertThatThrownBy(builder::build).isInstanceOf(ReferenceDataException.class)
        .satisfies(e -> assertThat(((ReferenceDataException) e).problems()).hasSize(4));
  }

  @Test
  void aSupplementMayRedefineAnEntryOnceTheHigherLayerDefiningItHasEnded() {
    var registry = registry(TestRuleSet.KIND,
        TestRuleSet.of("cn-1", "000000", D2024, D2025, "A", "B"),
        TestRuleSet.of("cn-2", "000000", D2025, null, "A"),
        TestRuleSet.of("qtx", "640381", D2025, null, "B"));
    assertThat(registry.resolve(QTX, D2025).orElseThrow().layers()).hasSize(2);
  }

  /** Resolution does not depend on the order versions were added in (CAT-4), over generated layer sets. */
  @Test
  void resolutionDoesNotDependOnLoadOrder() {
    long seed = Long.getLong("creditgov.seed", 20261201L);
    for (int trial = 0; trial < 200; trial++) {
      Random random = new Random(seed + trial);
      List<TestRuleSet> sets = generate(random);
      List<TestRuleSet> shuffled = new ArrayList<>(sets);
      Collections.shuffle(shuffled, random);
      var a = RuleSetRegistry.<TestRuleSet, Layers<TestRuleSet>>builder(TestRuleSet.KIND, l -> l).addAll(sets);
      var b = RuleSetRegistry.<TestRuleSet, Layers<TestRuleSet>>builder(TestRuleSet.KIND, l -> l).addAll(shuffled);
      String reproduce = "seed=" + (seed + trial) + "; reproduce with -Dcreditgov.seed=" + (seed + trial) + " (trial 0)";
      assertThat(codes(b.problems())).as(reproduce).isEqualTo(codes(a.problems()));
      if (!a.problems().isEmpty()) {
        continue;
      }
      var ra = a.build();
      var rb = b.build();
      assertThat(rb.versions()).as(reproduce).isEqualTo(ra.versions());
      for (int d = 0; d < 40; d++) {
        LocalDate date = D2024.plusDays(random.nextInt(3 * 366));
        Jurisdiction j = Jurisdiction.of(List.of("640381", "640302", "640300", "640000", "110000", "000000").get(random.nextInt(6)));
        Optional<List<String>> la = ra.resolve(j, date).map(l -> l.layers().stream().map(TestRuleSet::id).collect(Collectors.toList()));
        Optional<List<String>> lb = rb.resolve(j, date).map(l -> l.layers().stream().map(TestRuleSet::id).collect(Collectors.toList()));
        assertThat(lb).as(reproduce + " on " + date + " in " + j).isEqualTo(la);
        la.ifPresent(ids -> assertThat(ids).as(reproduce + ": every layer resolved is in force that day")
            .allSatisfy(id -> assertThat(ra.version(id).orElseThrow().inForceOn(date)).isTrue()));
        assertThat(ra.resolve(j, date).isPresent()).as(reproduce + ": in force iff a national version is")
            .isEqualTo(sets.stream().anyMatch(s -> s.isNational() && s.inForceOn(date)));
      }
    }
  }

  private static TestRuleSet inSeries(TestRuleSet s, String series, String pointer) {
    return new TestRuleSet(s.header().toBuilder().series(series).originPointer(pointer).build(), s.entryCodes());
  }

  @Test
  void REP_4_theVersionOfASeriesInForceIsTheMostLocalOneOnTheChainAndProblemsAreLocatedBelowAVersionsPointer() {
    TestRuleSet national = inSeries(TestRuleSet.of("nat", "000000", D2024, null), "national", "/regimes/0");
    TestRuleSet sector = inSeries(TestRuleSet.of("mr", "000000", D2024, D2026), "market", "/regimes/1");
    TestRuleSet provincial = inSeries(TestRuleSet.of("nx-mr", "640000", D2025, null), "market", "/regimes/2");
    var registry = registry(TestRuleSet.LOCAL_KIND, national, sector, provincial);
    assertThat(registry.version(QTX, "market", LocalDate.of(2024, 6, 1)).map(TestRuleSet::id)).contains("mr");
    assertThat(registry.version(QTX, "market", LocalDate.of(2025, 6, 1)).map(TestRuleSet::id)).contains("nx-mr");
    assertThat(registry.version(Jurisdiction.of("110000"), "market", LocalDate.of(2025, 6, 1)).map(TestRuleSet::id)).contains("mr");
    assertThat(registry.version(QTX, "national", LocalDate.of(2025, 6, 1)).map(TestRuleSet::id)).contains("nat");
    assertThat(registry.version(QTX, "other", LocalDate.of(2025, 6, 1))).isEmpty();
    assertThat(registry.version(QTX, "market", LocalDate.of(2023, 6, 1))).isEmpty();
    assertThat(registry.layers(QTX, LocalDate.of(2025, 6, 1)).orElseThrow().inSeries("market"))
        .extracting(TestRuleSet::id).containsExactly("mr", "nx-mr");
    // two versions of one series in one file: the problem is at the later one's pointer
    TestRuleSet overlapping = inSeries(TestRuleSet.of("nat-2", "000000", D2025, null), "national", "/regimes/3");
    assertThat(RuleSetRegistry.problems(TestRuleSet.LOCAL_KIND, List.of(national, overlapping, sector)))
        .extracting(DataProblem::code, DataProblem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("data.OVERLAPPING_VERSIONS", "/regimes/3/effective"));
  }

  private static List<String> codes(List<DataProblem> problems) {
    return problems.stream().map(p -> p.code() + p.source() + p.pointer()).sorted().collect(Collectors.toList());
  }

  private static List<TestRuleSet> generate(Random random) {
    List<TestRuleSet> sets = new ArrayList<>();
    String[] layers = {"000000", "640000", "640300", "640381", "640302"};
    int n = 1 + random.nextInt(7);
    for (int i = 0; i < n; i++) {
      String j = layers[random.nextInt(layers.length)];
      LocalDate from = D2024.plusDays(random.nextInt(900));
      LocalDate until = random.nextBoolean() ? null : from.plusDays(1 + random.nextInt(500));
      int codes = random.nextInt(3);
      String[] entries = new String[codes];
      for (int c = 0; c < codes; c++) {
        entries[c] = "E" + random.nextInt(6);
      }
      sets.add(TestRuleSet.of("set-" + i, j, from, until, java.util.Arrays.stream(entries).distinct().toArray(String[]::new)));
    }
    return sets;
  }

  @Test
  void aLoadIsLoggedAtInfoAndARefusalAtWarnWithCodesAndSourcesOnly() {
    org.junit.jupiter.api.Assumptions.assumeTrue(LogCapture.active(), "the capturing SLF4J provider is configured");
    int mark = LogCapture.mark();
    registry(TestRuleSet.KIND, TestRuleSet.of("cn", "000000", D2024, null, "A"));
    assertThatThrownBy(() -> registry(TestRuleSet.KIND,
        TestRuleSet.of("cn-1", "000000", D2024, null, "A"), TestRuleSet.of("cn-2", "000000", D2025, null, "A")))
        .isInstanceOf(ReferenceDataException.class);
    List<LogCapture.Line> lines = LogCapture.since(mark);
    assertThat(lines).anySatisfy(l -> {
      assertThat(l.level()).isEqualTo("INFO");
      assertThat(l.message()).isEqualTo("Reference data loaded (test-list, 1 version): cn");
    });
    assertThat(lines).anySatisfy(l -> {
      assertThat(l.level()).isEqualTo("WARN");
      assertThat(l.message()).startsWith("Reference data refused (test-list): ").contains("data.OVERLAPPING_VERSIONS");
    });
  }
}
