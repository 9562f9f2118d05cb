package org.creditgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.ListType;
import org.creditgov.rules.sanction.Measure;
import org.creditgov.rules.sanction.SanctionRequest;

/**
 * Properties of the public builders' copies over generated values of every module: {@code
 * toBuilder().build()} gives back an equal value (equal hash code and {@code toString}, the
 * original unchanged), and a {@code with…} or an attribute set again on a copy changes that
 * attribute alone, as a builder with every attribute set from scratch would make it.
 */
import org.junit.jupiter.api.Test;
class ValueCopyPropertiesTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T00:00:00Z"), ZoneOffset.UTC);
  private static final CreditRecordGenerator RECORDS = new CreditRecordGenerator(WorkingDayCalendar.china(), CLOCK);

  /** A value and the copy its {@code toBuilder()} builds. */
  private record Copy(Object value, Object copy) {
    static <T> Copy of(T value, UnaryOperator<T> rebuild) {
      return new Copy(value, rebuild.apply(value));
    }
  }

  /** One generated value of each kind a caller prepares and varies, with its copy. */
  private static List<Copy> copies(SplittableRandom r) {
    List<Copy> copies = new ArrayList<>();
    CatalogItem item = CatalogGenerator.item(r, "GEN-" + r.nextInt(100), 6);
    copies.add(Copy.of(item, v -> v.toBuilder().build()));
    copies.add(Copy.of(CatalogGenerator.catalog(r, "gen-" + r.nextInt(100), Jurisdiction.national(),
        EffectivePeriod.from(LocalDate.of(2021, 1, 1)), 1 + r.nextInt(4), "I"), v -> v.toBuilder().build()));
    copies.add(Copy.of(RECORDS.valid(r, item, LocalDate.of(2024, 1, 1).plusDays(r.nextInt(500))), v -> v.toBuilder().build()));
    Measure measure = SanctionGenerators.measure(r, "GEN-" + r.nextInt(100));
    copies.add(Copy.of(measure, v -> v.toBuilder().build()));
    copies.add(Copy.of(SanctionGenerators.national("gen-national", EffectivePeriod.from(SanctionGenerators.LISTS_FROM),
        List.of(measure)), v -> v.toBuilder().build()));
    copies.add(Copy.of(SanctionGenerators.valid(r, measure, SanctionGenerators.date(r)).build(), v -> v.toBuilder().build()));
    ListType type = DesignationGenerators.listType(r);
    copies.add(Copy.of(type, v -> v.toBuilder().build()));
    LocalDate on = DesignationGenerators.date(r, LocalDate.of(2024, 1, 1), 500);
    copies.add(Copy.of(DesignationGenerators.notice(r, on, r.nextBoolean()), v -> v.toBuilder().build()));
    copies.add(Copy.of(DesignationGenerators.decision(r, type, on, r.nextBoolean()), v -> v.toBuilder().build()));
    copies.add(Copy.of(DesignationGenerators.LAW, v -> v.toBuilder().build()));
    return copies;
  }

  @Test
  void aCopyFromToBuilderEqualsTheOriginal() {
    Seeds.forEachSeed(200, seed -> {
      for (Copy c : copies(Seeds.random(seed))) {
        assertThat(c.copy()).as("%s", c.value().getClass()).isEqualTo(c.value()).hasSameHashCodeAs(c.value())
            .hasToString(c.value().toString());
      }
    });
  }

  @Test
  void aVariedRequestIsTheRequestBuiltWithTheVariedAttribute() {
    Seeds.forEachSeed(200, seed -> {
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
    });
  }

  @Test
  void aCommandPreparedOnceCanBeVariedByDate() {
    Seeds.forEachSeed(200, seed -> {
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
    });
  }
}
