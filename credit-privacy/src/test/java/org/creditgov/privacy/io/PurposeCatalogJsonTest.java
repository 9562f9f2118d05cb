package org.creditgov.privacy.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableSetMultimap;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.SplittableRandom;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.privacy.PrivacyInstruments;
import org.creditgov.privacy.consent.FoundingKind;
import org.creditgov.privacy.consent.Purpose;
import org.creditgov.privacy.consent.PurposeCatalog;
import org.creditgov.privacy.consent.PurposeCatalogException;
import org.creditgov.privacy.consent.PurposeProblemType;
import org.creditgov.privacy.consent.PurposeRegistry;
import org.creditgov.testkit.CatalogFileMutator;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/** The purpose-catalog format creditgov-purpose-catalog/1 (PRI-1): bundled example, round trip, problems, fuzz. */
class PurposeCatalogJsonTest {

  @Test
  void theBundledExampleReadsAndIsLabelledAnUnconfirmedExample() {
    PurposeCatalog example = BundledPurposes.example();
    assertThat(example.header().example()).isTrue();
    assertThat(example.header().unconfirmed()).isNotEmpty();
    assertThat(example.purposes()).extracting(Purpose::code)
        .containsExactly("LOAN-APPROVAL", "ADMIN-LICENSING", "PUBLIC-PROCUREMENT", "PUBLIC-DISCLOSURE");
    assertThat(example.purposes()).allSatisfy(p -> assertThat(p.unconfirmed()).isNotEmpty());
    Purpose loan = example.purpose("LOAN-APPROVAL").orElseThrow();
    assertThat(loan.writtenConsentRequired()).isTrue();
    assertThat(loan.maximumValidity()).isEqualTo(Period.ofYears(1));
    assertThat(loan.foundings()).containsExactly(FoundingKind.CONSENT);
    assertThat(PurposeCatalogJson.read(PurposeCatalogJson.write(example), "w.json")).isEqualTo(example);
  }

  @Test
  void generatedCatalogsSurviveTheRoundTrip() {
    Seeds.forEachSeed(300, seed -> {
      PurposeCatalog c = generated(Seeds.random(seed));
      String json = PurposeCatalogJson.write(c);
      assertThat(PurposeCatalogJson.lint(json, "gen.json")).isEmpty();
      PurposeCatalog back = PurposeCatalogJson.read(json, "gen.json");
      assertThat(back).isEqualTo(c);
      assertThat(PurposeCatalogJson.write(back)).isEqualTo(json);
    });
  }

  @Test
  void everyProblemOfABrokenFileIsReportedAtOnceWithItsLocation() {
    String json = PurposeCatalogJson.write(BundledPurposes.example())
        // the writer's layout is not the test's business: each edit allows any whitespace
        .replaceAll("\"maximumValidity\"\\s*:\\s*\"P6M\"", "\"maximumValidity\": \"P0M\"")
        .replaceAll("\"foundings\"\\s*:\\s*\\[\\s*\"STATUTORY_DUTY\"\\s*]", "\"foundings\": [\"HUNCH\"]")
        .replaceAll("\"code\"\\s*:\\s*\"PUBLIC-DISCLOSURE\"", "\"code\": \"LOAN-APPROVAL\"")
        .replaceFirst("\"edition\"\\s*:\\s*\"example\"", "\"edition\": \"example\", \"editon\": \"x\"");
    assertThat(json).as("every edit applied").contains("P0M", "HUNCH", "\"editon\"").doesNotContain("PUBLIC-DISCLOSURE");
    PurposeCatalogException e = (PurposeCatalogException) catchThrowable(() -> PurposeCatalogJson.read(json, "broken.json"));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(DataProblem::code).contains(
        DataProblemType.UNKNOWN_KEY.code(), DataProblemType.NOT_ALLOWED_VALUE.code(), PurposeProblemType.VALIDITY_NOT_POSITIVE.code());
    assertThat(e.problems()).allSatisfy(p -> {
      assertThat(p.source()).isEqualTo("broken.json");
      assertThat(p.line()).isPresent();
    });
    assertThat(e.problems().stream().filter(p -> p.code().equals(PurposeProblemType.VALIDITY_NOT_POSITIVE.code())).findFirst()
        .orElseThrow().messageZh()).contains("ADMIN-LICENSING");
    String duplicate = PurposeCatalogJson.write(BundledPurposes.example())
        .replaceAll("\"code\"\\s*:\\s*\"PUBLIC-DISCLOSURE\"", "\"code\": \"LOAN-APPROVAL\"");
    assertThat(PurposeCatalogJson.lint(duplicate, "dup.json")).extracting(DataProblem::code, DataProblem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DataProblemType.DUPLICATE_CODE.code(), "/purposes/3/code"));
  }

  @Test
  void aSupplementRedefiningANationalPurposeIsRefusedByTheRegistry() {
    PurposeCatalog national = BundledPurposes.example();
    PurposeCatalog county = PurposeCatalog.builder()
        .header(RuleSetHeader.builder().id("qtx-purposes").titleZh("青铜峡市用途目录").edition("2026").jurisdiction(Jurisdiction.of("640381"))
            .effective(EffectivePeriod.from(LocalDate.of(2026, 1, 1))).legalBasis(PrivacyInstruments.PIPL).build())
        .addPurposes(national.purpose("LOAN-APPROVAL").orElseThrow())
        .build();
    assertThat(PurposeRegistry.builder().add(national).add(county).problems()).extracting(DataProblem::code)
        .containsExactly(DataProblemType.REDEFINES_HIGHER_LAYER_ENTRY.code());
    assertThat(catchThrowable(() -> PurposeRegistry.builder().add(national).add(county).build()))
        .isInstanceOf(PurposeCatalogException.class);
  }

  @Test
  void fuzzedFilesReadWholeOrAreRefusedWithLocatedProblemsNeverAnotherException() {
    String text = PurposeCatalogJson.write(BundledPurposes.example());
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom r = Seeds.random(seed);
      String mutated = CatalogFileMutator.mutate(r, text, 1 + r.nextInt(4));
      Throwable t = catchThrowable(() -> PurposeCatalogJson.read(mutated, "fuzz.json"));
      if (t == null) {
        assertThat(PurposeCatalogJson.lint(mutated, "fuzz.json")).isEmpty();
      } else {
        assertThat(t).isInstanceOf(PurposeCatalogException.class);
        assertThat(((PurposeCatalogException) t).problems()).isNotEmpty()
            .allMatch(p -> p.source().equals("fuzz.json"))
            .isEqualTo(PurposeCatalogJson.lint(mutated, "fuzz.json"));
      }
    });
  }

  /** A random valid catalog: national or a county layer, 1 to 5 purposes of random foundings, periods and fields. */
  static PurposeCatalog generated(SplittableRandom r) {
    boolean local = r.nextBoolean();
    Jurisdiction j = local ? Jurisdiction.of("640381") : Jurisdiction.national();
    LocalDate from = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(2000));
    LegalBasis.Builder basis = LegalBasis.builder().level(local ? InstrumentLevel.LOCAL_REGULATION : InstrumentLevel.LAW)
        .issuer(local ? "宁夏回族自治区人民代表大会常务委员会" : "全国人民代表大会常务委员会").title("生成的依据" + r.nextInt(100))
        .effective(r.nextBoolean() ? EffectivePeriod.from(from) : EffectivePeriod.between(from, from.plusDays(1 + r.nextInt(900))));
    if (local) {
      basis.jurisdiction(Jurisdiction.of("640000"));
    }
    if (r.nextBoolean()) {
      basis.article("第" + (1 + r.nextInt(90)) + "条");
    }
    RuleSetHeader.Builder h = RuleSetHeader.builder().id("gen-" + r.nextInt(1000)).titleZh("生成的用途目录").edition(String.valueOf(2021 + r.nextInt(6)))
        .jurisdiction(j).effective(r.nextBoolean() ? EffectivePeriod.from(from) : EffectivePeriod.between(from, from.plusDays(30 + r.nextInt(900))))
        .legalBasis(basis.build()).example(r.nextBoolean());
    if (r.nextBoolean()) {
      h.titleEn("generated purposes").source("generated").addUnconfirmed("everything");
    }
    if (r.nextBoolean()) {
      h.addProceduralBases(PrivacyInstruments.PIPL.withArticle("第六条"));
    }
    PurposeCatalog.Builder c = PurposeCatalog.builder().header(h.build());
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      List<FoundingKind> kinds = r.nextBoolean() ? List.of(FoundingKind.CONSENT) : List.of(FoundingKind.STATUTORY_DUTY, FoundingKind.CONSENT);
      ImmutableSetMultimap.Builder<String, String> fields = ImmutableSetMultimap.builder();
      int items = 1 + r.nextInt(3);
      for (int k = 0; k < items; k++) {
        int m = 1 + r.nextInt(4);
        for (int q = 0; q < m; q++) {
          fields.put("ITEM-" + k, "field" + r.nextInt(9));
        }
      }
      Purpose.Builder p = Purpose.builder().code("P-" + i).nameZh("用途" + i).nameEn("purpose " + i).addAllFoundings(kinds)
          .maximumValidity(Period.of(r.nextInt(3), r.nextInt(12), 1 + r.nextInt(28))).writtenConsentRequired(r.nextBoolean())
          .sensitiveAllowed(r.nextBoolean()).fields(fields.build()).addLegalBases(PrivacyInstruments.CREDIT_REPORTING_REGULATION.withArticle("第十八条"));
      if (r.nextBoolean()) {
        p.source("generated").addUnconfirmed("the period");
      }
      c.addPurposes(p.build());
    }
    return c.build();
  }
}
