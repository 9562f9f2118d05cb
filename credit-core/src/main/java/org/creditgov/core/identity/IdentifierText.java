package org.creditgov.core.identity;

/**
 * The normalisation every identifier parser applies before validating, and nothing more: outer
 * whitespace trimmed (including the ideographic space U+3000 and no-break spaces), full-width
 * digits and Latin letters folded to half-width, ASCII letters upper-cased. No other character is
 * changed or guessed at, so a full-width hyphen or a lone surrogate stays and fails validation.
 */
final class IdentifierText {

  private static final char FULL_WIDTH_OFFSET = 0xFEE0;

  private IdentifierText() {}

  /** Index of the first character that is not whitespace, or {@code s.length()}. */
  static int trimmedStart(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Index one past the last character that is not whitespace, never below {@code start}. */
  static int trimmedEnd(String s, int start) {
    int end = s.length();
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * The canonical text of {@code s[start, end)}: the same string when it is already canonical
   * (the common case, which allocates nothing), otherwise a folded copy.
   */
  static String canonical(String s, int start, int end) {
    boolean unchanged = start == 0 && end == s.length();
    for (int i = start; i < end && unchanged; i++) {
      unchanged = fold(s.charAt(i)) == s.charAt(i);
    }
    if (unchanged) {
      return s;
    }
    char[] out = new char[end - start];
    for (int i = start; i < end; i++) {
      out[i - start] = fold(s.charAt(i));
    }
    return new String(out);
  }

  /** Full-width digit or letter to half-width, then ASCII lower case to upper case. */
  static char fold(char c) {
    char h = c;
    if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
      h = (char) (c - FULL_WIDTH_OFFSET);
    }
    return h >= 'a' && h <= 'z' ? (char) (h - ('a' - 'A')) : h;
  }

  private static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7F) {
      return false; // printable ASCII: the common case
    }
    return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code value} with all but the first {@code head} and last {@code tail} characters as '*'. */
  static String keepEnds(String value, int head, int tail) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      sb.append(i < head || i >= value.length() - tail ? value.charAt(i) : '*');
    }
    return sb.toString();
  }
}
