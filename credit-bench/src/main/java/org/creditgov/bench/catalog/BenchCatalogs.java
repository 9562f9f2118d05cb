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

/**
 * The catalogs the catalog benchmarks measure: {@code n} generated items of exactly 10 fields each,
 * item {@code i} of the same shape as item {@code i % 20} (20 seeded shapes, each with its own
 * code), so that a catalog of 20 and one of 5,000 items ask the same work of a record on average
 * and a comparison of the two measures the size alone.
 */
final class BenchCatalogs {

  static final Clock CLOCK =
      Clock.fixed(LocalDate.of(2026, 1, 5).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
  static final long SEED = 20260101L;
  /** The number of item shapes. */
  static final int SHAPES = 20;

  private BenchCatalogs() {}

  static Catalog national(int n) {
    SplittableRandom r = new SplittableRandom(SEED);
    List<CatalogItem> shapes = new ArrayList<>(SHAPES);
    for (int i = 0; i < SHAPES; i++) {
      shapes.add(CatalogGenerator.item(r, "BENCH-" + i, 10, true));
    }
    List<CatalogItem> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(i < SHAPES ? shapes.get(i) : shapes.get(i % SHAPES).toBuilder().code("BENCH-" + i).build());
    }
    return CatalogGenerator.catalog("bench-" + n, Jurisdiction.national(), EffectivePeriod.from(LocalDate.of(2020, 1, 1)), items);
  }
}
