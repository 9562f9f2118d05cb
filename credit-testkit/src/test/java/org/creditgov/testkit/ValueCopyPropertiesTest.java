package org.creditgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.designation.DecisionDocument;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.ListType;
import org.creditgov.rules.designation.PriorNotice;
import org.creditgov.rules.sanction.Measure;
import org.creditgov.rules.sanction.MeasureList;
import org.creditgov.rules.sanction.SanctionRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the public builders' copies over generated values of every module: {@code
 * toBuilder().build()} gives back an equal value (equal hash code and {@code toString}, the
 * original unchanged), and a {@code with…} or an attribute set again on a copy changes that
 * attribute alone, as a builder with every attribute set from scratch would make it.
 */
class ValueCopyPropertiesTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T00:00:00Z"), ZoneOffset.UTC);
  private static final CreditRecordGenerator RECORDS = new CreditRecordGenerator(WorkingDayCalendar.china(), CLOCK);

  static Stream<Long> seeds() {
    return Seeds.stream(200);
  }

  /** One generated value of each kind a caller prepares and varies. */
  private static List<Object> values(SplittableRandom r) {
    List<Object> values = new ArrayList<>();
    CatalogItem item = CatalogGenerator.item(r, "GEN-" + r.nextInt(100), 6);
    values.add(item);
    values.add(CatalogGenerator.catalog(r, "gen-" + r.nextInt(100), Jurisdiction.national(),
        EffectivePeriod.from(LocalDate.of(2021, 1, 1)), 1 + r.nextInt(4), "I"));
    values.add(RECORDS.valid(r, item, LocalDate.of(2024, 1, 1).plusDays(r.nextInt(500))));
    Measure measure = SanctionGenerators.measure(r, "GEN-" + r.nextInt(100));
    values.add(measure);
    values.add(SanctionGenerators.national("gen-national", EffectivePeriod.from(SanctionGenerators.LISTS_FROM), List.of(measure)));
    values.add(SanctionGenerators.valid(r, measure, SanctionGenerators.date(r)).build());
    ListType type = DesignationGenerators.listType(r);
    values.add(type);
    LocalDate on = DesignationGenerators.date(r, LocalDate.of(2024, 1, 1), 500);
    values.add(DesignationGenerators.notice(r, on, r.nextBoolean()));
    values.add(DesignationGenerators.decision(r, type, on, r.nextBoolean()));
    values.add(DesignationGenerators.LAW);
    return values;
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void aCopyFromToBuilderEqualsTheOriginal(long seed) {
    for (Object v : values(Seeds.random(seed))) {
      Object copy = rebuilt(v);
      assertThat(copy).as("%s", v.getClass()).isEqualTo(v).hasSameHashCodeAs(v).hasToString(v.toString());
    }
  }

  private static Object rebuilt(Object v) {
    if (v instanceof CatalogItem x) {
      return x.toBuilder().build();
    } else if (v instanceof Catalog x) {
      return x.toBuilder().build();
    } else if (v instanceof CreditRecord x) {
      return x.toBuilder().build();
    } else if (v instanceof Measure x) {
      return x.toBuilder().build();
    } else if (v instanceof MeasureList x) {
      return x.toBuilder().build();
    } else if (v instanceof SanctionRequest x) {
      return x.toBuilder().build();
    } else if (v instanceof ListType x) {
      return x.toBuilder().build();
    } else if (v instanceof PriorNotice x) {
      return x.toBuilder().build();
    } else if (v instanceof DecisionDocument x) {
      return x.toBuilder().build();
    } else if (v instanceof org.creditgov.core.legal.LegalBasis x) {
      return x.toBuilder().build();
    }
    throw new AssertionError("no copy for " + v.getClass());
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void aVariedRequestIsTheRequestBuiltWithTheVariedAttribute(long seed) {
    SplittableRandom r = Seeds.random(seed);
    Measure measure = SanctionGenerators.measure(r, "GEN-" + r.nextInt(100));
    SanctionRequestSpec spec = SanctionGenerators.valid(r, measure, SanctionGenerators.date(r));
    SanctionRequest request = spec.build();
    LocalDate otherDate = SanctionGenerators.date(r);
    String otherCode = "OTHER-" + r.nextInt(100);

    SanctionRequestSpec dated = spec.copy();
    dated.date = otherDate;
    assertThat(request.withDate(otherDate)).isEqualTo(dated.build())
        .isEqualTo(request.toBuilder().date(otherDate).build());
    SanctionRequestSpec recoded = spec.copy();
    recoded.measureCode = otherCode;
    assertThat(request.withMeasureCode(otherCode)).isEqualTo(recoded.build());
    assertThat(request).as("the original is unchanged").isEqualTo(spec.build());
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void aCommandPreparedOnceCanBeVariedByDate(long seed) {
    SplittableRandom r = Seeds.random(seed);
    LocalDate on = DesignationGenerators.date(r, LocalDate.of(2024, 1, 1), 500);
    LocalDate later = on.plusDays(1 + r.nextInt(30));
    DesignationCommand.FileObjection filed = DesignationCommand.fileObjection().actor(DesignationGenerators.ACTOR).on(on)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.OBJECTION, "异议-" + r.nextInt(1000), on)).build();
    DesignationCommand.FileObjection varied = filed.toBuilder().on(later).build();
    assertThat(varied.on()).isEqualTo(later);
    assertThat(varied.actor()).isEqualTo(filed.actor());
    assertThat(varied.documents()).isEqualTo(filed.documents());
    assertThat(varied).isEqualTo(DesignationCommand.fileObjection().actor(DesignationGenerators.ACTOR).on(later)
        .addAllDocuments(filed.documents()).build());
  }
}
