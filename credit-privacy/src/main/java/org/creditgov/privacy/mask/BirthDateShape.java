package org.creditgov.privacy.mask;

/**
 * Decides how much of a written birth date shows: its four-digit year when the value begins with
 * one, and with month precision the one or two month digits that follow (after at most one run of
 * separators). The separators of dates ({@code - / .}, space, 年 月 日 号) stay in place; every
 * other character after the revealed digits is hidden, Chinese numerals included.
 */
final class BirthDateShape {

  private BirthDateShape() {}

  /** Masks in place; the new length, or -1 if nothing was hidden. */
  static int mask(char[] buf, int len, boolean withMonth) {
    int counted = 0;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (MaskWriter.isSeparator(c, MaskWriter.DATE)) {
        continue;
      }
      if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(buf[i - 1])) {
        continue;
      }
      counted++;
    }
    int head = 0;
    if (len >= 4 && isDigit(buf[0]) && isDigit(buf[1]) && isDigit(buf[2]) && isDigit(buf[3])) {
      head = 4;
      if (withMonth) {
        int i = 4;
        while (i < len && MaskWriter.isSeparator(buf[i], MaskWriter.DATE)) {
          i++;
        }
        int month = 0;
        while (month < 2 && i < len && isDigit(buf[i])) {
          month++;
          i++;
        }
        head += month;
      }
    }
    return MaskWriter.apply(buf, len, counted, head, 0, MaskWriter.DATE, 0, 0);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
