package org.creditgov.bench.breakdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.creditgov.bench.identity.IdentifierValidationBenchmark;
import org.junit.jupiter.api.Test;

/**
 * The step-by-step re-implementations judge the benchmark's inputs as credit-core does, so the
 * differences between them are the costs of steps and not of different answers.
 */
class ValidationStepsBenchmarkTest {

  private final ValidationStepsBenchmark steps = new ValidationStepsBenchmark();
  private final IdentifierValidationBenchmark contenders = new IdentifierValidationBenchmark();

  @Test
  void everyResidentIdStepAgreesWithCore() {
    int core = contenders.residentIdOurs();
    assertThat(steps.steps1TrimAndCheckDigit()).isEqualTo(core);
    assertThat(steps.steps2TrimFoldAndCheckDigit()).isEqualTo(core);
    assertThat(steps.steps3TrimFoldAlphabetPassAndCheckDigit()).isEqualTo(core);
    assertThat(steps.steps4AllOfCore()).isEqualTo(core);
    assertThat(steps.fusedResidentId()).isEqualTo(core);
    assertThat(steps.fused1ChecksumOnly()).isEqualTo(core);
    assertThat(steps.fused2AndProvince()).isEqualTo(core);
    assertThat(steps.fused3AndCalendarDate()).isEqualTo(core);
    assertThat(steps.coreStaticIsValidOnTheSystemClock()).isEqualTo(core);
  }

  @Test
  void everyCreditCodeStepAgreesWithCore() {
    int core = contenders.creditCodeOurs();
    assertThat(steps.steps1CodeTrimAndCheckDigit()).isEqualTo(core);
    assertThat(steps.steps2CodeAllOfCore()).isEqualTo(core);
    assertThat(steps.fusedCreditCode()).isEqualTo(core);
  }
}
