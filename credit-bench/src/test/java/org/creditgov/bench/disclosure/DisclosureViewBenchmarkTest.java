package org.creditgov.bench.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.creditgov.privacy.disclosure.DisclosureAnswer;
import org.junit.jupiter.api.Test;

/** The view and the hand-written loop show the same records, and the inputs mix shown and withheld records. */
class DisclosureViewBenchmarkTest {

  @Test
  void theViewAndTheBaselineShowTheSameNumberOfRecords() {
    DisclosureViewBenchmark b = new DisclosureViewBenchmark();
    b.setUp();
    DisclosureAnswer a = b.view();
    assertThat(a.shown().size() + a.withheld().size()).isEqualTo(DisclosureViewBenchmark.RECORDS);
    assertThat(b.handWritten()).isEqualTo(2 * a.shown().size());
    assertThat(a.shown()).hasSizeBetween(40, 160);
  }
}
