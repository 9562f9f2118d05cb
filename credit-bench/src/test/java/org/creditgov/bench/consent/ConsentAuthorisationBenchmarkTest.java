package org.creditgov.bench.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contenders judge the same queries the same way, and the inputs mix authorised and refused queries. */
class ConsentAuthorisationBenchmarkTest {

  @Test
  void oursAndTheHandWrittenCheckAgreeOnEveryQuery() {
    for (int consents : new int[] {100, 10_000}) {
      ConsentAuthorisationBenchmark b = new ConsentAuthorisationBenchmark();
      b.consents = consents;
      b.setUp();
      int ours = b.byConsentId();
      assertThat(ours).as("consents %d", consents).isEqualTo(b.handWritten()).isBetween(300, 900);
      assertThat(b.bySubject()).isGreaterThanOrEqualTo(ours);
      assertThat(b.gatewayQuery()).isPositive();
      assertThat(b.log.appended).isEqualTo(ConsentAuthorisationBenchmark.QUERIES);
    }
  }
}
