package org.creditgov.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Examples for {@link EffectivePeriod}: "what was in force on date D" (CAT-4). */
class EffectivePeriodTest {

  private final EffectivePeriod order58 = EffectivePeriod.between(LocalDate.of(2023, 5, 1), LocalDate.of(2026, 4, 1));

  @Test
  void fromIsInclusiveAndUntilExclusive() {
    assertThat(order58.contains(LocalDate.of(2023, 5, 1))).isTrue();
    assertThat(order58.contains(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(order58.contains(LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(order58.contains(LocalDate.of(2023, 4, 30))).isFalse();
    assertThat(EffectivePeriod.from(LocalDate.of(2026, 4, 1)).contains(LocalDate.of(2099, 1, 1))).isTrue();
  }

  @Test
  void consecutiveRegimesDoNotOverlap() {
    EffectivePeriod order36 = EffectivePeriod.from(LocalDate.of(2026, 4, 1));
    assertThat(order58.overlaps(order36)).isFalse();
    assertThat(order36.overlaps(EffectivePeriod.from(LocalDate.of(2020, 1, 1)))).isTrue();
    assertThat(order58.overlaps(EffectivePeriod.between(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 2)))).isTrue();
  }

  @Test
  void anEmptyPeriodIsABadArgument() {
    LocalDate d = LocalDate.of(2026, 1, 1);
    assertThatIllegalArgumentException().isThrownBy(() -> EffectivePeriod.between(d, d));
  }
}
