package org.creditgov.testkit;

/**
 * Check characters computed independently of credit-core, straight from the standards' formulas,
 * so that tests do not check credit-core's arithmetic against itself (the generators use
 * credit-core's {@code checkCharacter} methods).
 */
public final class ReferenceChecks {

  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private ReferenceChecks() {}

  /**
   * GB 11643-1999 §7: with weights W_i = 2^(i-1) mod 11 counted from the right (the check
   * character is position 1), the check value a_1 satisfies sum(a_i * W_i) ≡ 1 (mod 11); 10 is
   * written X.
   */
  public static char gb11643(CharSequence body17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = (1 << (17 - i)) % 11; // position from the right is 18 - i, exponent 17 - i
      sum += (body17.charAt(i) - '0') * weight;
    }
    int check = Math.floorMod(1 - sum, 11);
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  /**
   * GB 32100-2015 §5: weights W_i = 3^(i-1) mod 31 for positions 1–17; check value C_18 =
   * 31 - (sum mod 31), with 31 written 0; values index the 31-symbol alphabet.
   */
  public static char gb32100(CharSequence body17) {
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      int value = USCC_ALPHABET.indexOf(body17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("not in the alphabet at position " + (i + 1));
      }
      sum += value * weight;
      weight = weight * 3 % 31;
    }
    int check = 31 - sum % 31;
    return USCC_ALPHABET.charAt(check == 31 ? 0 : check);
  }

  /**
   * GB 11714 (the organisation code embedded in positions 9–17 of a credit code): weights
   * 3,7,9,10,5,8,4,2 over digits and letters valued A=10 … Z=35; c = 11 − (sum mod 11), 10 written
   * X and 11 written 0.
   */
  public static char gb11714(CharSequence body8) {
    int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body8.charAt(i);
      sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * weights[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }
}
