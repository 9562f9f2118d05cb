package org.creditgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The detector the logging-policy suite relies on finds what it must, masked, and nothing else. */
class PersonalDataInTextTest {

  @Test
  void findsValidIdNumbersMobilesAndCardsAndPrintsThemMasked() {
    assertThat(PersonalDataInText.find("subject 53010219200508011X refused"))
        .containsExactly("resident ID 530*************1X");
    assertThat(PersonalDataInText.find("call 13812345678 now")).containsExactly("mobile 138******78");
    assertThat(PersonalDataInText.find("card 6222021234567890128.")).singleElement()
        .satisfies(f -> assertThat(f).startsWith("bank card 622").doesNotContain("6222021234567890128"));
  }

  @Test
  void leavesCodesCountsAndDatesAlone() {
    assertThat(PersonalDataInText.find(
        "designation D-2026-17 version 3, USCC 91512081MA62K0260E, 2026-09-28, 1234567890123456 rows, 53010219200508011Y"))
        .isEmpty();
  }

  @Test
  void findsEveryGeneratedIdNumber() {
    Seeds.forEachSeed(200, seed -> {
      SplittableRandom r = Seeds.random(seed);
      String id = IdentifierGenerators.validResidentId(r, java.time.LocalDate.of(2026, 1, 1));
      assertThat(PersonalDataInText.find("x " + id + " y")).anySatisfy(f -> assertThat(f).startsWith("resident ID"));
    });
  }
}
