package org.creditgov.bench.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.creditgov.rules.oversight.DeadlineKind;
import org.creditgov.rules.oversight.Figures;
import org.creditgov.rules.oversight.OversightReport;
import org.junit.jupiter.api.Test;

/** The two contenders of {@link OversightBenchmark} count the same events into the same rows. */
class OversightBenchmarkTest {

  @Test
  void theCollectorAndTheHandWrittenLoopAgree() {
    OversightBenchmark b = new OversightBenchmark();
    b.setUp();
    OversightReport report = b.figures();
    Map<String, long[]> loop = b.handWrittenLoop();
    assertThat(report.figures()).hasSize(loop.size());
    long events = 0;
    for (Figures f : report.figures()) {
      long[] row = loop.get(f.department() + '|' + f.from().getYear() + 'Q' + ((f.from().getMonthValue() - 1) / 3 + 1));
      assertThat(row).as(f.department() + " " + f.from()).isNotNull();
      assertThat(f.proposals()).isEqualTo(row[0]);
      assertThat(f.deadline(DeadlineKind.NOTICE).steps()).isEqualTo(row[1]);
      assertThat(f.objectionsFiled()).isEqualTo(row[2]);
      assertThat(f.objectionsAnswered()).isEqualTo(row[3]);
      assertThat(f.listings()).isEqualTo(row[4]);
      assertThat(f.removals().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(row[5]);
      for (long n : row) {
        events += n;
      }
    }
    assertThat(events).isEqualTo(1_050_000);
  }
}
