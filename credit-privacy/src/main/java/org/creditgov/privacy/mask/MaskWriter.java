package org.creditgov.privacy.mask;

/**
 * The one loop every rule ends in: it walks a normalised buffer by code points and, in place,
 * keeps the code points a rule reveals and writes one {@code '*'} for each other code point. A
 * surrogate pair is kept whole or replaced by a single {@code '*'}; a lone surrogate is never
 * kept, so the output is always valid UTF-16 and never longer than the input.
 */
final class MaskWriter {

  static final char MASK = '*';

  /** Separator classes: which code points are structure, kept in place and not counted. */
  static final int NONE = 0;

  static final int NAME = 1;
  static final int DATE = 2;

  private MaskWriter() {}

  /** The number of code points in {@code buf[0, len)}, a lone surrogate counting as one. */
  static int codePoints(char[] buf, int len) {
    int n = len;
    for (int i = 1; i < len; i++) {
      if (Character.isLowSurrogate(buf[i]) && Character.isHighSurrogate(buf[i - 1])) {
        n--;
        i++;
      }
    }
    return n;
  }

  /** Whether {@code c} is a separator of the given class. */
  static boolean isSeparator(char c, int separators) {
    if (c >= '\u4E00' && c <= '\u9FFF' && c != '\u5E74' && c != '\u6708' && c != '\u65E5' && c != '\u53F7') {
      return false; // a Han character, and not one of 年 月 日 号: the common case, decided at once
    }
    if (separators == NAME) {
      switch (c) {
        case '.':
        case '\u00B7': // ·
        case '\u2022': // •
        case '\u2027': // ‧
        case '\u2219': // ∙
        case '\u22C5': // ⋅
        case '\u30FB': // ・
        case '\uFF65': // ･
          return true;
        default:
          return KindText.isSpace(c);
      }
    }
    if (separators == DATE) {
      switch (c) {
        case '-':
        case '/':
        case '.':
        case ' ':
        case '年':
        case '月':
        case '日':
        case '号':
          return true;
        default:
          return false;
      }
    }
    return false;
  }

  /**
   * Masks {@code buf[0, len)} in place. Counted code points (those that are not separators of
   * the class) are numbered from 0 to {@code counted - 1}; the one numbered {@code k} is kept when
   * {@code k < head} or {@code k >= counted - tail}, and {@code k} is outside {@code [hideFrom,
   * hideTo)}, and it is not a lone surrogate. Separators of the class are kept.
   *
   * @return the new length, or -1 if no code point was hidden (the buffer is then unchanged)
   */
  static int apply(
      char[] buf, int len, int counted, int head, int tail, int separators, int hideFrom, int hideTo) {
    int tailFrom = counted - tail;
    int r = 0;
    int w = 0;
    int k = 0;
    boolean hidden = false;
    while (r < len) {
      char c = buf[r];
      if (Character.isSurrogate(c)) {
        boolean keep = (k < head || k >= tailFrom) && (k < hideFrom || k >= hideTo);
        if (Character.isHighSurrogate(c) && r + 1 < len && Character.isLowSurrogate(buf[r + 1])) {
          if (keep) {
            buf[w++] = c;
            buf[w++] = buf[r + 1];
          } else {
            buf[w++] = MASK;
            hidden = true;
          }
          r += 2;
        } else {
          buf[w++] = MASK;
          hidden = true;
          r++;
        }
        k++;
        continue;
      }
      if (separators != NONE && isSeparator(c, separators)) {
        buf[w++] = c;
        r++;
        continue;
      }
      if ((k < head || k >= tailFrom) && (k < hideFrom || k >= hideTo)) {
        buf[w++] = c;
      } else {
        buf[w++] = MASK;
        hidden = true;
      }
      r++;
      k++;
    }
    return hidden ? w : -1;
  }

  /** Replaces every code point of {@code buf[0, len)} by one {@code '*'}; returns the new length. */
  static int maskAll(char[] buf, int len) {
    int n = codePoints(buf, len);
    for (int i = 0; i < n; i++) {
      buf[i] = MASK;
    }
    return n;
  }
}
