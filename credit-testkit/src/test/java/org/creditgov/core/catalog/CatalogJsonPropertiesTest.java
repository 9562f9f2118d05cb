package org.creditgov.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.catalog.io.CatalogJson;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.testkit.CatalogFileMutator;
import org.creditgov.testkit.CatalogGenerator;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The loader: a round trip keeps every catalog, and a mutated file is either a whole valid catalog or the typed exception. */
class CatalogJsonPropertiesTest {

  private static final String NATIONAL = CatalogJson.write(BundledCatalogs.national2024());
  private static final List<Jurisdiction> JURISDICTIONS =
      List.of(Jurisdiction.national(), Jurisdiction.of("640000"), Jurisdiction.of("640300"), Jurisdiction.of("640381"));

  static Stream<Long> seeds() {
    return Seeds.stream(200);
  }

  static Stream<Long> fuzzSeeds() {
    return Seeds.stream(1500);
  }

  private static Catalog randomCatalog(SplittableRandom r) {
    Jurisdiction j = JURISDICTIONS.get(r.nextInt(JURISDICTIONS.size()));
    LocalDate from = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2000));
    EffectivePeriod p = r.nextBoolean() ? EffectivePeriod.from(from) : EffectivePeriod.between(from, from.plusDays(1 + r.nextInt(900)));
    return CatalogGenerator.catalog(r, "gen-" + r.nextInt(1000), j, p, 1 + r.nextInt(6), "G" + r.nextInt(100) + "-");
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void writingAndReadingAGeneratedCatalogGivesAnEqualCatalog(long seed) {
    Catalog c = randomCatalog(Seeds.random(seed));
    String json = CatalogJson.write(c);
    assertThat(CatalogJson.lint(json, "gen.json")).isEmpty();
    assertThat(CatalogJson.read(json, "gen.json")).isEqualTo(c);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("fuzzSeeds")
  void aMutatedFileIsAWholeValidCatalogOrTheTypedExceptionNeverAnythingElse(long seed) {
    SplittableRandom r = Seeds.random(seed);
    String original = r.nextInt(4) == 0 ? NATIONAL : CatalogJson.write(randomCatalog(r));
    String mutated = CatalogFileMutator.mutate(r, original, 1 + r.nextInt(4));
    Catalog read;
    try {
      read = CatalogJson.read(mutated, "fuzz.json");
    } catch (CatalogFormatException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.problems()).allSatisfy(p -> {
        assertThat(p.source()).isEqualTo("fuzz.json");
        assertThat(p.pointer()).satisfiesAnyOf(ptr -> assertThat(ptr).isEmpty(), ptr -> assertThat(ptr).startsWith("/"));
        assertThat(p.message()).isNotBlank();
      });
      assertThat(CatalogJson.lint(mutated, "fuzz.json")).isEqualTo(e.problems());
      return;
    } catch (RuntimeException e) {
      fail("seed " + seed + ": the loader threw " + e + " for the mutated text:\n" + mutated, e);
      return;
    }
    // accepted: then it is a whole, valid catalog, stable under a round trip
    assertThat(CatalogJson.lint(mutated, "fuzz.json")).isEmpty();
    assertThat(CatalogJson.read(CatalogJson.write(read), "again.json")).isEqualTo(read);
    assertThat(read.items()).allSatisfy(i -> assertThat(read.category(i.categoryCode())).isPresent());
  }
}
