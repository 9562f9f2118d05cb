package org.creditgov.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.rules.incentive.IncentiveList;
import org.creditgov.rules.sanction.MeasureList;
import org.creditgov.testkit.SanctionGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Writing a list and reading it back gives an equal list, for both formats (SAN-1, INC-1), over
 * generated lists of every layer with texts that need escaping, optional parts present and absent,
 * bases of every level; and the written text is stable (writing what was read gives the same text).
 */
class ListJsonRoundTripTest {

  private static final List<Jurisdiction> LAYERS = List.of(Jurisdiction.national(), Jurisdiction.of("640000"),
      Jurisdiction.of("640300"), Jurisdiction.of("640381"));

  private static Jurisdiction layer(SplittableRandom r) {
    return LAYERS.get(r.nextInt(LAYERS.size()));
  }

  private static EffectivePeriod period(SplittableRandom r) {
    LocalDate from = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4000));
    return r.nextBoolean() ? EffectivePeriod.from(from) : EffectivePeriod.between(from, from.plusDays(1 + r.nextInt(3000)));
  }

  @Test
  void aWrittenMeasureListReadsBackEqual() {
    Seeds.forEachSeed(200, seed -> {
      SplittableRandom r = Seeds.random(seed);
      MeasureList list = SanctionGenerators.randomList(r, "gen-" + r.nextInt(1000), layer(r), period(r), r.nextInt(6));
      String text = MeasureListJson.write(list);
      MeasureList read = MeasureListJson.read(text, "round-trip.json");
      assertThat(read).as(text).isEqualTo(list);
      assertThat(read.header().origin()).contains("round-trip.json");
      assertThat(MeasureListJson.write(read)).isEqualTo(text);
    });
  }

  @Test
  void aWrittenIncentiveListReadsBackEqual() {
    Seeds.forEachSeed(200, seed -> {
      SplittableRandom r = Seeds.random(seed);
      IncentiveList list = SanctionGenerators.randomIncentiveList(r, "gen-" + r.nextInt(1000), layer(r), period(r), r.nextInt(6));
      String text = MeasureListJson.writeIncentives(list);
      IncentiveList read = MeasureListJson.readIncentives(text, "round-trip.json");
      assertThat(read).as(text).isEqualTo(list);
      assertThat(MeasureListJson.writeIncentives(read)).isEqualTo(text);
    });
  }

  @Test
  void theBundledListsReadBackEqualFromWhatIsWritten() {
    for (MeasureList list : BundledLists.measureLists()) {
      assertThat(MeasureListJson.read(MeasureListJson.write(list), "w.json")).isEqualTo(list);
    }
    IncentiveList incentives = BundledLists.qingtongxiaIncentives();
    assertThat(MeasureListJson.readIncentives(MeasureListJson.writeIncentives(incentives), "w.json")).isEqualTo(incentives);
  }
}
