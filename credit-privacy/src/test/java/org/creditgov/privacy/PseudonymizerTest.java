package org.creditgov.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creditgov.privacy.mask.DataKind.BANK_CARD;
import static org.creditgov.privacy.mask.DataKind.BIRTH_DATE;
import static org.creditgov.privacy.mask.DataKind.EMAIL;
import static org.creditgov.privacy.mask.DataKind.MOBILE;
import static org.creditgov.privacy.mask.DataKind.PERSONAL_NAME;
import static org.creditgov.privacy.mask.DataKind.RESIDENT_ID;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PseudonymizerTest {

  private static final byte[] KEY = "0123456789abcdef0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OTHER_KEY = "fedcba9876543210FEDCBA9876543210".getBytes(StandardCharsets.US_ASCII);
  private static final String ID = "11010819790815002X";

  private final Pseudonymizer pseudonymizer = Pseudonymizer.of("k2026", KEY);

  @Test
  void theTokenIsTheKeyIdAndTheBase64urlHmacOfKindAndForm() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    byte[] expected = mac.doFinal(("RESIDENT_ID\u0000" + ID).getBytes(StandardCharsets.UTF_8));
    assertThat(pseudonymizer.pseudonym(RESIDENT_ID, ID))
        .isEqualTo("k2026:" + Base64.getUrlEncoder().withoutPadding().encodeToString(expected))
        .hasSize("k2026:".length() + 43);
  }

  @Test
  void theSameInputAndKeyGiveTheSameTokenAndOtherKeysOrKindsDoNot() {
    String token = pseudonymizer.pseudonym(RESIDENT_ID, ID);
    assertThat(Pseudonymizer.of("k2026", KEY.clone()).pseudonym(RESIDENT_ID, ID)).isEqualTo(token);
    assertThat(Pseudonymizer.of("k2026", OTHER_KEY).pseudonym(RESIDENT_ID, ID)).isNotEqualTo(token);
    assertThat(pseudonymizer.pseudonym(MOBILE, "13800138000"))
        .isNotEqualTo(pseudonymizer.pseudonym(BANK_CARD, "13800138000"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"11010819790815002x", " 110108 19790815 002X ", "１１０１０８１９７９０８１５００２Ｘ", "110108-19790815-002X"})
  void writtenVariantsOfOneIdLink(String variant) {
    assertThat(pseudonymizer.pseudonym(RESIDENT_ID, variant)).isEqualTo(pseudonymizer.pseudonym(RESIDENT_ID, ID));
  }

  @Test
  void aLegacyIdLinksWithItsUpgradedForm() {
    // 110105491231002 upgrades to 11010519491231002X (check character computed)
    assertThat(pseudonymizer.pseudonym(RESIDENT_ID, "110105491231002"))
        .isEqualTo(pseudonymizer.pseudonym(RESIDENT_ID, "11010519491231002X"));
  }

  @Test
  void otherKindsLinkTheirVariants() {
    assertThat(pseudonymizer.pseudonym(MOBILE, "+86 138-0013-8000"))
        .isEqualTo(pseudonymizer.pseudonym(MOBILE, "13800138000"))
        .isEqualTo(pseudonymizer.pseudonym(MOBILE, "008613800138000"));
    assertThat(pseudonymizer.pseudonym(EMAIL, "Zhang.San@Example.COM"))
        .isEqualTo(pseudonymizer.pseudonym(EMAIL, "zhang.san@example.com"));
    assertThat(pseudonymizer.pseudonym(PERSONAL_NAME, "阿卜杜拉.买买提"))
        .isEqualTo(pseudonymizer.pseudonym(PERSONAL_NAME, "阿卜杜拉 · 买买提"))
        .isEqualTo(pseudonymizer.pseudonym(PERSONAL_NAME, "阿卜杜拉・买买提"));
    assertThat(pseudonymizer.pseudonym(PERSONAL_NAME, "john  smith"))
        .isEqualTo(pseudonymizer.pseudonym(PERSONAL_NAME, "JOHN SMITH"));
    assertThat(pseudonymizer.pseudonym(BIRTH_DATE, "1990年3月7日"))
        .isEqualTo(pseudonymizer.pseudonym(BIRTH_DATE, "1990-03-07"))
        .isEqualTo(pseudonymizer.pseudonym(BIRTH_DATE, "19900307"));
    assertThat(pseudonymizer.pseudonym(PERSONAL_NAME, "张三")).isNotEqualTo(pseudonymizer.pseudonym(PERSONAL_NAME, "张三丰"));
  }

  @Test
  void matchesChecksATokenUnderThisKeyOnly() {
    String token = pseudonymizer.pseudonym(RESIDENT_ID, ID);
    assertThat(pseudonymizer.matches(token, RESIDENT_ID, "11010819790815002x")).isTrue();
    assertThat(pseudonymizer.matches(token, RESIDENT_ID, "110108197908150038")).isFalse();
    assertThat(Pseudonymizer.of("k2027", KEY).matches(token, RESIDENT_ID, ID)).isFalse();
    assertThat(Pseudonymizer.keyIdOf(token)).isEqualTo("k2026");
    assertThatThrownBy(() -> Pseudonymizer.keyIdOf("k2026:short")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neitherKeyNorValueIsEverPrinted() {
    String hex = HexFormat.of().formatHex(KEY);
    String text = new String(KEY, StandardCharsets.US_ASCII);
    String base64 = Base64.getEncoder().encodeToString(KEY);
    assertThat(pseudonymizer.toString()).contains("k2026").doesNotContain(text, hex, base64, "0123");
    Throwable blank = org.assertj.core.api.Assertions.catchThrowable(() -> pseudonymizer.pseudonym(MOBILE, " - "));
    assertThat(blank).isInstanceOf(IllegalArgumentException.class);
    Throwable shortKey = org.assertj.core.api.Assertions.catchThrowable(() -> Pseudonymizer.of("k", "secret-but-short".getBytes(StandardCharsets.US_ASCII)));
    assertThat(shortKey).isInstanceOf(IllegalArgumentException.class);
    assertThat(shortKey.getMessage()).doesNotContain("secret");
    Throwable badId = org.assertj.core.api.Assertions.catchThrowable(() -> Pseudonymizer.of("k:1", KEY));
    assertThat(badId).isInstanceOf(IllegalArgumentException.class);
    assertThat(badId.getMessage()).doesNotContain(text);
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> Pseudonymizer.of("k", new byte[32])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pseudonymizer.of("", KEY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pseudonymizer.of("k".repeat(33), KEY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pseudonymizer.of("k", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> pseudonymizer.pseudonym(MOBILE, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> pseudonymizer.pseudonym(null, "1")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theCallerMayClearItsKeyArray() {
    byte[] key = KEY.clone();
    Pseudonymizer p = Pseudonymizer.of("k2026", key);
    java.util.Arrays.fill(key, (byte) 0);
    assertThat(p.pseudonym(RESIDENT_ID, ID)).isEqualTo(pseudonymizer.pseudonym(RESIDENT_ID, ID));
  }
}
