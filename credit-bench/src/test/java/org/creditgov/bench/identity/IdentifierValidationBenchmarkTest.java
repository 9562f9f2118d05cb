package org.creditgov.bench.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The benchmark compares like with like: ours, Hutool and the floor judge the same inputs the same
 * way (the corrupted inputs all fail the check character, which all three compute), and about 90%
 * of the inputs are valid. A benchmark whose contenders disagree would time different work.
 */
class IdentifierValidationBenchmarkTest {

  private final IdentifierValidationBenchmark benchmark = new IdentifierValidationBenchmark();

  @Test
  void residentIdContendersAgreeAndNineInTenInputsAreValid() {
    int ours = benchmark.residentIdOurs();
    assertThat(ours).isBetween(8_800, 9_200);
    assertThat(benchmark.residentIdCheckDigitFloor()).isEqualTo(ours);
    assertThat(benchmark.residentIdHutool()).isEqualTo(ours);
  }

  @Test
  void creditCodeContendersAgreeAndNineInTenInputsAreValid() {
    int ours = benchmark.creditCodeOurs();
    assertThat(ours).isBetween(8_800, 9_200);
    assertThat(benchmark.creditCodeCheckDigitFloor()).isEqualTo(ours);
    assertThat(benchmark.creditCodeHutool()).isEqualTo(ours);
  }

  @Test
  void inputsAreTheSameEveryRun() {
    assertThat(IdentifierValidationBenchmark.residentIdInputs()).containsExactly(IdentifierValidationBenchmark.residentIdInputs());
    assertThat(IdentifierValidationBenchmark.creditCodeInputs()).hasSize(IdentifierValidationBenchmark.INPUTS);
  }
}
