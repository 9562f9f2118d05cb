package org.creditgov.bench.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.testkit.CatalogGenerator;

/** The catalogs the catalog benchmarks measure: {@code n} generated items of exactly 10 fields each. */
final class BenchCatalogs {

  static final Clock CLOCK =
      Clock.fixed(LocalDate.of(2026, 1, 5).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
  static final long SEED = 20260101L;

  private BenchCatalogs() {}

  static Catalog national(int n) {
    SplittableRandom r = new SplittableRandom(SEED);
    List<CatalogItem> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(CatalogGenerator.item(r, "BENCH-" + i, 10, true));
    }
    return CatalogGenerator.catalog("bench-" + n, Jurisdiction.national(), EffectivePeriod.from(LocalDate.of(2020, 1, 1)), items);
  }
}
