package org.creditgov.core.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogFormatException;
import org.creditgov.core.catalog.PublicationRegime;
import org.creditgov.core.catalog.PublicationRegimes;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.testkit.CatalogFileMutator;
import org.creditgov.testkit.CatalogGenerator;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The two formats' properties over generated values: writing and reading gives an equal value, and a
 * mutated file is either a whole valid value or the typed exception, every problem located — never a
 * partial load, never another exception.
 */
class CatalogJsonPropertiesTest {

  private static final String NATIONAL = CatalogJson.write(BundledCatalogs.national2024());
  private static final String REGIMES = CatalogJson.write(BundledCatalogs.publicationRegimes());
  private static final List<Jurisdiction> JURISDICTIONS =
      List.of(Jurisdiction.national(), Jurisdiction.of("640000"), Jurisdiction.of("640300"), Jurisdiction.of("640381"));

  private static Catalog randomCatalog(SplittableRandom r) {
    Jurisdiction j = JURISDICTIONS.get(r.nextInt(JURISDICTIONS.size()));
    LocalDate from = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2000));
    EffectivePeriod p = r.nextBoolean() ? EffectivePeriod.from(from) : EffectivePeriod.between(from, from.plusDays(1 + r.nextInt(900)));
    return CatalogGenerator.variedCatalog(r, "gen-" + r.nextInt(1000), j, p, 6, "G" + r.nextInt(100) + "-");
  }

  @Test
  void CAT_3_writingAndReadingAGeneratedCatalogGivesAnEqualCatalog() {
    Seeds.forEachSeed(200, seed -> {
      Catalog c = randomCatalog(Seeds.random(seed));
      String json = CatalogJson.write(c);
      assertThat(CatalogJson.problems(json, "gen.json")).as(json).isEmpty();
      Catalog read = CatalogJson.read(json, "gen.json");
      assertThat(read).isEqualTo(c);
      assertThat(read.header().origin()).contains("gen.json");
      assertThat(CatalogJson.write(read)).isEqualTo(json); // and writing is deterministic
    });
  }

  @Test
  void REP_4_writingAndReadingGeneratedRegimesGivesEqualRegimes() {
    Seeds.forEachSeed(200, seed -> {
      ImmutableList<PublicationRegime> regimes = CatalogGenerator.variedRegimes(Seeds.random(seed));
      PublicationRegimes registry = PublicationRegimes.of(regimes);
      String json = CatalogJson.write(registry);
      assertThat(CatalogJson.regimeProblems(json, "gen.json")).as(json).isEmpty();
      PublicationRegimes read = CatalogJson.readRegimes(json, "gen.json");
      assertThat(read.all()).isEqualTo(registry.all());
      assertThat(read.series()).isEqualTo(registry.series());
      assertThat(CatalogJson.write(read)).isEqualTo(json);
    });
  }

  private static void located(List<DataProblem> problems, String source) {
    assertThat(problems).isNotEmpty();
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.source()).isEqualTo(source);
      assertThat(p.pointer()).satisfiesAnyOf(ptr -> assertThat(ptr).isEmpty(), ptr -> assertThat(ptr).startsWith("/"));
      assertThat(p.line()).as("%s", p).isPresent();
      assertThat(p.column()).as("%s", p).isPresent();
      assertThat(p.requirement()).as("%s", p).isPresent();
      assertThat(p.messageZh()).isNotBlank();
      assertThat(p.messageEn()).isNotBlank();
    });
  }

  @Test
  void aMutatedCatalogFileIsAWholeValidCatalogOrTheTypedExceptionNeverAnythingElse() {
    Seeds.forEachSeed(1500, seed -> {
      SplittableRandom r = Seeds.random(seed);
      String original = r.nextInt(4) == 0 ? NATIONAL : CatalogJson.write(randomCatalog(r));
      String mutated = CatalogFileMutator.mutate(r, original, 1 + r.nextInt(4));
      Catalog read;
      try {
        read = CatalogJson.read(mutated, "fuzz.json");
      } catch (CatalogFormatException e) {
        located(e.problems(), "fuzz.json");
        assertThat(CatalogJson.problems(mutated, "fuzz.json")).isEqualTo(e.problems());
        return;
      } catch (RuntimeException e) {
        fail("the loader threw " + e + " for the mutated text:\n" + mutated, e);
        return;
      }
      // accepted: then it is a whole, valid catalog, stable under a round trip
      assertThat(CatalogJson.problems(mutated, "fuzz.json")).isEmpty();
      assertThat(CatalogJson.read(CatalogJson.write(read), "again.json")).isEqualTo(read);
      assertThat(read.items()).allSatisfy(i -> assertThat(read.category(i.categoryCode())).isPresent());
    });
  }

  @Test
  void aMutatedRegimesFileIsWholeValidRegimesOrTheTypedExceptionNeverAnythingElse() {
    Seeds.forEachSeed(1500, seed -> {
      SplittableRandom r = Seeds.random(seed);
      String original = r.nextInt(4) == 0 ? REGIMES : CatalogJson.write(PublicationRegimes.of(CatalogGenerator.variedRegimes(r)));
      String mutated = CatalogFileMutator.mutate(r, original, 1 + r.nextInt(4));
      PublicationRegimes read;
      try {
        read = CatalogJson.readRegimes(mutated, "fuzz.json");
      } catch (CatalogFormatException e) {
        located(e.problems(), "fuzz.json");
        assertThat(CatalogJson.regimeProblems(mutated, "fuzz.json")).isEqualTo(e.problems());
        return;
      } catch (RuntimeException e) {
        fail("the loader threw " + e + " for the mutated text:\n" + mutated, e);
        return;
      }
      assertThat(CatalogJson.regimeProblems(mutated, "fuzz.json")).isEmpty();
      assertThat(CatalogJson.readRegimes(CatalogJson.write(read), "again.json").all()).isEqualTo(read.all());
    });
  }
}
