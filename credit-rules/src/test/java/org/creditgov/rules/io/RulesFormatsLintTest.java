package org.creditgov.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.Lint;
import org.creditgov.core.io.LintReport;
import org.junit.jupiter.api.Test;

/** The formats of credit-rules lint through credit-core's one lint, the bundled data by name (SAN-1, SAN-2, INC-1, DES-1). */
class RulesFormatsLintTest {

  private static final Lint LINT = Lint.standard();
  private static final List<String> BUNDLED = List.of("bundled:national-model", "bundled:example-640381-qingtongxia",
      "bundled:incentives-640381-qingtongxia", "bundled:list-types-000000-example",
      "bundled:list-types-640000-ningxia-example", "bundled:list-types-640381-qingtongxia-example");

  @Test
  void SAN_2_theListFormatsRegisterThroughTheServiceLoaderAndTheBundledDataLintsClean() {
    assertThat(LINT.formats()).extracting(f -> f.versions().get(0).name())
        .contains("creditgov-measure-list/1", "creditgov-incentive-list/1", "creditgov-list-types/1");
    assertThat(LINT.bundledNames()).containsAll(BUNDLED);
    LintReport all = LINT.lint(BUNDLED);
    assertThat(all.documents()).isEqualTo(BUNDLED.size());
    assertThat(all.problems()).as(all.human(Locale.ROOT)).isEmpty();
  }

  @Test
  void SAN_2_theSameListInTwoFilesIsFoundAcrossThem() {
    String national = MeasureListJson.write(BundledLists.nationalModel());
    LintReport twice = LINT.lintInputs(List.of(Lint.Input.text("a.json", national), Lint.Input.text("b.json", national)));
    assertThat(twice.problems()).extracting(DataProblem::code).isNotEmpty().allMatch(code -> code.startsWith("data."));
    assertThat(twice.problems()).extracting(DataProblem::code).contains("data.DUPLICATE_ID");
  }

  @Test
  void SAN_1_aBrokenListIsEveryProblemLocatedNeverAPartialLoad() {
    String broken = MeasureListJson.write(BundledLists.nationalModel()).replaceFirst("\"edition\"", "\"editon\"");
    LintReport report = LINT.lintInputs(List.of(Lint.Input.text("broken.json", broken)));
    assertThat(report.problems()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.source()).isEqualTo("broken.json");
      assertThat(p.line()).isPresent();
    });
    assertThat(report.problems()).extracting(DataProblem::code).contains("data.UNKNOWN_KEY");
  }
}
