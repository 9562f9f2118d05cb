package org.creditgov.privacy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.Lint;
import org.creditgov.core.io.LintReport;
import org.junit.jupiter.api.Test;

/** The purpose-catalog format lints through credit-core's one lint, the bundled example by name (PRI-1). */
class PurposeCatalogFormatTest {

  private static final Lint LINT = Lint.standard();

  @Test
  void PRI_1_theFormatRegistersAndTheBundledExampleLintsClean() {
    assertThat(LINT.formats()).extracting(f -> f.versions().get(0).name()).contains("creditgov-purpose-catalog/1");
    LintReport report = LINT.lint("bundled:example-purposes");
    assertThat(report.documents()).isEqualTo(1);
    assertThat(report.problems()).as(report.human(Locale.ROOT)).isEmpty();
  }

  @Test
  void PRI_1_theSameCatalogInTwoFilesIsFoundAcrossThem() {
    String text = PurposeCatalogJson.write(BundledPurposes.example());
    LintReport twice = LINT.lintInputs(List.of(Lint.Input.text("a.json", text), Lint.Input.text("b.json", text)));
    assertThat(twice.problems()).extracting(DataProblem::code).contains("data.DUPLICATE_ID");
  }
}
