package org.creditgov.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/** A credit record's field value keyed by its type reads back equal, its Java type and a decimal's scale kept. */
class CatalogJsonTest {

  private static final JsonForm<Object> FORM = JsonForm.builder("test-field-value", 1, CatalogJson.FIELD_VALUE).build();

  private static Object value(SplittableRandom r) {
    return switch (r.nextInt(6)) {
      case 0 -> "罚款\t" + r.nextInt();
      case 1 -> r.nextInt();
      case 2 -> r.nextLong();
      case 3 -> BigDecimal.valueOf(r.nextLong(), r.nextInt(-3, 6)); // negative scales too: 5E+3 stays 5E+3
      case 4 -> LocalDate.of(2000, 1, 1).plusDays(r.nextInt(20_000));
      default -> r.nextBoolean();
    };
  }

  @Test
  void fieldValuesSurviveTheRoundTripTypeAndScaleKept() {
    Seeds.forEachSeed(300, seed -> {
      Object v = value(Seeds.random(seed));
      String json = FORM.encode(v);
      Object back = FORM.decode(json);
      assertThat(back).as(json).isEqualTo(v).hasSameClassAs(v);
      assertThat(FORM.encode(back)).isEqualTo(json);
    });
  }

  @Test
  void aValueWithoutOneKnownKindIsOneProblemAnOtherJavaTypeIsRefused() {
    JsonFormException unknown = (JsonFormException) catchThrowable(
        () -> FORM.decode("{\"format\":\"creditgov-test-field-value/1\",\"float\":1}"));
    assertThat(unknown.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo(DataProblemType.UNKNOWN_KEY.code()));
    JsonFormException two = (JsonFormException) catchThrowable(
        () -> FORM.decode("{\"format\":\"creditgov-test-field-value/1\",\"text\":\"a\",\"integer\":1}"));
    assertThat(two.problems()).singleElement().satisfies(p -> assertThat(p.pointer()).isEqualTo("/integer"));
    JsonFormException none = (JsonFormException) catchThrowable(() -> FORM.decode("{\"format\":\"creditgov-test-field-value/1\"}"));
    assertThat(none.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo(DataProblemType.INVALID_VALUE.code()));
    assertThatIllegalArgumentException().isThrownBy(() -> FORM.encode(1.5d));
  }
}
