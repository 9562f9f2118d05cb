package org.creditgov.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The publication state of a record (REP-3): publication and sharing stop separately, from their day. */
class PublicationStatesTest {

  private static final LocalDate DECIDED = LocalDate.of(2025, 6, 2);
  private static final LocalDate REPAIRED = LocalDate.of(2026, 3, 16);

  @Test
  void aRepairStopsPublicationAndSharingEachFromItsDay() {
    CreditRecord record = Fixtures.penalty(DECIDED, DECIDED.plusDays(3)).build();
    PublicationStates.InMemory states = PublicationStates.inMemory()
        .stop(record.itemCode(), record.documentNumber(), PublicationStop.of(REPAIRED, StopReason.REPAIRED, "青信修〔2026〕3号"))
        .stop(record.itemCode(), record.documentNumber(),
            PublicationStop.of(StopKind.SHARING, REPAIRED.plusDays(1), StopReason.REPAIRED, "青信修〔2026〕3号"));

    PublicationStop publication = states.stopOf(record).orElseThrow();
    assertThat(publication.kind()).isEqualTo(StopKind.PUBLICATION);
    assertThat(publication.stoppedBy(REPAIRED.minusDays(1))).isFalse();
    assertThat(publication.stoppedBy(REPAIRED)).isTrue();
    PublicationStop sharing = states.stopOf(record, StopKind.SHARING).orElseThrow();
    assertThat(sharing.stoppedBy(REPAIRED)).isFalse();
    assertThat(sharing.stoppedBy(REPAIRED.plusDays(1))).isTrue();
    assertThat(states.stopOf(record.toBuilder().documentNumber("另〔2025〕1号").build())).isEmpty();
    assertThat(PublicationStates.none().stopOf(record)).isEmpty();
  }

  @Test
  void onlyPublicationStoppedLeavesSharing() {
    CreditRecord record = Fixtures.penalty(DECIDED, DECIDED.plusDays(3)).build();
    PublicationStates.InMemory states = PublicationStates.inMemory()
        .stop(record.itemCode(), record.documentNumber(), PublicationStop.of(REPAIRED, StopReason.ENDED_EARLY, "提〔2026〕1号"));
    assertThat(states.stopOf(record)).isPresent();
    assertThat(states.stopOf(record, StopKind.SHARING)).isEmpty();
  }

  @Test
  void theKindsAndReasonsHaveNamesForAClerk() {
    assertThat(StopKind.SHARING.nameZh()).isEqualTo("停止共享");
    assertThat(StopReason.REPAIRED.nameZh()).isEqualTo("信用修复");
  }
}
