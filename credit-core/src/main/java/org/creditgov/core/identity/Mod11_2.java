package org.creditgov.core.identity;

/**
 * ISO 7064:1983 MOD 11-2 as GB 11643-1999 uses it for the 18th character of a citizen
 * identity number (policy-facts.md §5b); the 2023 foreign permanent resident ID uses the same.
 */
final class Mod11_2 {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private Mod11_2() {}

  /** The check character of the first 17 characters of {@code s}, which must be digits. */
  static char checkCharacter(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    return checkCharacterOfSum(sum);
  }

  /** The weight of position {@code i} (0-based). */
  static int weight(int i) {
    return WEIGHTS[i];
  }

  /** The check character of a weighted sum of the first 17 digits. */
  static char checkCharacterOfSum(int sum) {
    return CHECK[sum % 11];
  }
}
