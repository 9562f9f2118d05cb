package org.creditgov.bench.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** The repair benchmarks' contenders agree, and their inputs mix the answers. */
class RepairBenchmarkTest {

  private static final Blackhole BH =
      new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  void eligibilityAndTheBaselineAllowTheSameCasesWithTheSameDeadlines() {
    RepairEligibilityBenchmark b = new RepairEligibilityBenchmark();
    b.setUp();
    long library = b.eligibility();
    assertThat(b.handWritten()).isEqualTo(library);
    long allowed = library >>> 32;
    assertThat(allowed).as("allowed of %s", RepairEligibilityBenchmark.CASES).isBetween(200L, 3900L);
    assertThat(library & 0xffffffffL).as("some feedback deadlines").isPositive();
  }

  @Test
  void replayAndTheBaselineFindTheSameApprovals() {
    RepairReplayBenchmark b = new RepairReplayBenchmark();
    b.setUp();
    int approved = b.replay(BH);
    assertThat(b.handWrittenLoop(BH)).isEqualTo(approved);
    assertThat(approved).isBetween(3000, 8000);
  }
}
