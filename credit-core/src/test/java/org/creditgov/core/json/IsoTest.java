package org.creditgov.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.SplittableRandom;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/** The hand-written ISO forms read and write exactly what java.time does, over generated values. */
class IsoTest {

  @Test
  void datesInstantsAndPeriodsAgreeWithJavaTime() {
    Seeds.forEachSeed(1000, seed -> {
      SplittableRandom r = Seeds.random(seed);
      LocalDate d = LocalDate.ofEpochDay(r.nextLong(-800_000, 3_000_000));
      assertThat(Iso.format(d)).isEqualTo(d.toString());
      assertThat(Iso.date(d.toString())).isEqualTo(d.getYear() >= 0 && d.getYear() <= 9999 ? d : null);
      Instant i = Instant.ofEpochSecond(r.nextLong(-60_000_000_000L, 250_000_000_000L), r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 0);
      assertThat(Iso.format(i)).isEqualTo(i.toString());
      assertThat(Iso.instant(i.toString())).isEqualTo(i);
      Period p = Period.of(r.nextInt(-5, 50), r.nextInt(-5, 30), r.nextInt(-5, 400));
      assertThat(Iso.period(p.toString())).isEqualTo(p);
    });
  }

  @Test
  void whatIsNotOfTheFormIsNull() {
    for (String s : new String[] {"2025-2-01", "2025-02-30", "20250201", "2025-02-01 ", "+2025-02-01", "２０２５-02-01"}) {
      assertThat(Iso.date(s)).as(s).isNull();
    }
    for (String s : new String[] {"2025-04-21T02:00:00", "2025-04-21T02:00:00+08:00", "2025-04-21T25:00:00Z",
        "2025-04-21T02:00:00.1234567890Z", "Z"}) {
      assertThat(Iso.instant(s)).as(s).isNull();
    }
    for (String s : new String[] {"P", "P1W", "P1D2M", "P1Y1Y", "3Y", "P1", "PY", "P--1Y", "p1y", "P1Y2M3D4H"}) {
      assertThat(Iso.period(s)).as(s).isNull();
    }
  }
}
