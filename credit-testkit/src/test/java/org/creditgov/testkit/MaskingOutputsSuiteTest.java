package org.creditgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.junit.jupiter.api.Test;

/**
 * The masking suite itself: a system that masks with the profile passes; one that leaks a digit
 * of a mobile number fails the PRI-3 and CAT-6 tests of mobile numbers and no other, without
 * quoting the value; one that writes a bank card with a fixed four stars leaks nothing but fails
 * the card's CAT-6 shape.
 */
class MaskingOutputsSuiteTest {

  private static final int SEEDS = 100;

  private static List<String> failed(List<Suites.Ran> ran) {
    return ran.stream().filter(r -> !r.passed()).map(Suites.Ran::displayName).toList();
  }

  @Test
  void aSystemMaskingWithTheProfilePasses() {
    List<Suites.Ran> ran = Suites.execute(MaskingOutputs.suite(MaskingProfile.PUBLIC, MaskingProfile.PUBLIC::mask, SEEDS));
    assertThat(ran).hasSize(2 * DataKind.values().length);
    assertThat(ran.get(0).displayName()).isEqualTo(
        "PRI-3 " + org.creditgov.core.RequirementId.PRI_3.titleZh() + " (" + org.creditgov.core.RequirementId.PRI_3.titleEn()
            + "): what the system shows never holds a character profile PUBLIC hides / 姓名 (PERSONAL_NAME) [100 seeds]");
    assertThat(failed(ran)).isEmpty();
  }

  @Test
  void aSystemThatLeaksADigitOfAMobileNumberFails() {
    List<Suites.Ran> ran = Suites.execute(MaskingOutputs.suite(MaskingProfile.PUBLIC, (kind, clear) -> {
      String masked = MaskingProfile.PUBLIC.mask(kind, clear);
      if (kind != DataKind.MOBILE) {
        return masked;
      }
      int last = masked.lastIndexOf('*'); // 138****5678 -> 138***45678
      return masked.substring(0, last) + clear.charAt(last) + masked.substring(last + 1);
    }, SEEDS));
    assertThat(failed(ran)).hasSize(2).allMatch(n -> n.contains("手机号码 (MOBILE)"))
        .anyMatch(n -> n.startsWith("PRI-3 ")).anyMatch(n -> n.startsWith("CAT-6 "));
    for (Suites.Ran r : ran) {
      if (!r.passed()) {
        String message = r.failure().getMessage();
        assertThat(message).startsWith("[seed=").contains("reproduce with -Dcreditgov.seed=");
        assertThat(message.substring(message.indexOf("] ") + 2)).as("the value is never quoted")
            .startsWith("a mobile number of 11 characters").doesNotContainPattern("\\d{5}");
      }
    }
    assertThat(ran.stream().filter(r -> !r.passed() && r.displayName().startsWith("PRI-3")).findFirst().orElseThrow()
        .failure().getMessage()).contains("shows the character at position [7], which profile PUBLIC hides");
  }

  @Test
  void aSystemWithAFixedNumberOfStarsLeaksNothingButLosesTheShape() {
    List<Suites.Ran> ran = Suites.execute(MaskingOutputs.suite(MaskingProfile.PUBLIC, (kind, clear) -> {
      String masked = MaskingProfile.PUBLIC.mask(kind, clear);
      return kind == DataKind.BANK_CARD ? "****" + masked.substring(masked.length() - 4) : masked;
    }, SEEDS));
    assertThat(failed(ran)).singleElement().asString().startsWith("CAT-6 ").contains("银行卡号 (BANK_CARD)");
    assertThat(ran.stream().filter(r -> !r.passed()).findFirst().orElseThrow().failure().getMessage())
        .containsPattern("the system shows \\*{4}\\d{4} where profile PUBLIC gives \\*{12,15}\\d{4}");
  }

  @Test
  void theSuiteNeedsAPositiveNumberOfSeeds() {
    assertThatThrownBy(() -> MaskingOutputs.suite(MaskingProfile.PUBLIC, MaskingProfile.PUBLIC::mask, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
