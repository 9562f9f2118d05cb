package org.creditgov.bench.privacy;

/**
 * The baseline a masker should not be much slower than: copy the code points to keep, write one
 * {@code *} for every other, never split a surrogate pair. No normalisation, no checks.
 */
final class PlainMaskLoop {

  private PlainMaskLoop() {}

  static String keep(String s, int head, int tail) {
    int n = s.codePointCount(0, s.length());
    StringBuilder sb = new StringBuilder(s.length());
    int k = 0;
    for (int i = 0; i < s.length(); k++) {
      int cp = s.codePointAt(i);
      if (k < head || k >= n - tail) {
        sb.appendCodePoint(cp);
      } else {
        sb.append('*');
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }
}
