package org.creditgov.privacy.mask;

/**
 * The normalisation of {@link DataKind#normalise(String)}, written into a caller's buffer so that
 * a masker allocates nothing else. Every step maps one char to at most one char, so the buffer
 * never needs to be longer than the input.
 */
final class KindText {

  private KindText() {}

  /**
   * Normalises {@code value} into {@code out} (at least {@code value.length()} long) and returns
   * the number of chars written.
   */
  static int clean(DataKind kind, String value, char[] out) {
    int from = 0;
    int to = value.length();
    while (from < to && isSpace(value.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(value.charAt(to - 1))) {
      to--;
    }
    boolean compact = kind.compact();
    boolean upper = kind.upperCase();
    int w = 0;
    for (int i = from; i < to; i++) {
      char c = fold(value.charAt(i));
      if (compact && isSeparator(c)) {
        continue;
      }
      if (upper && c >= 'a' && c <= 'z') {
        c = (char) (c - ('a' - 'A'));
      }
      out[w++] = c;
    }
    return w;
  }

  /** Full-width ASCII forms (U+FF01–U+FF5E) to ASCII, the ideographic space to a space. */
  static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    return c == '\u3000' ? ' ' : c;
  }

  /** Whitespace as the trim of identifiers understands it, including no-break and zero-width spaces. */
  static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7F) {
      return false;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }

  /** What an identifier's writers put between digit groups: spaces, dashes, brackets, middle dots. */
  static boolean isSeparator(char c) {
    if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
      return false;
    }
    switch (c) {
      case '-':
      case '(':
      case ')':
      case '\u00B7': // ·
      case '\u2010': // ‐
      case '\u2011':
      case '\u2012':
      case '\u2013': // –
      case '\u2014': // —
      case '\u2015':
      case '\u2022': // •
      case '\u2027': // ‧
      case '\u2212': // −
      case '\u30FB': // ・
      case '\uFF65': // ･
        return true;
      default:
        return isSpace(c);
    }
  }
}
