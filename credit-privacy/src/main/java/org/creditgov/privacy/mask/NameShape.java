package org.creditgov.privacy.mask;

/**
 * Decides how much of a name shows: the surname (a compound surname of {@link CompoundSurnames}
 * counts as two characters) and, if the rule allows, the last character; for a multi-part name
 * (parts joined by {@code ·}, a dot or a space) only the first character of the first part and,
 * if allowed, the last character of the last part. At least one character always stays hidden.
 */
final class NameShape {

  private NameShape() {}

  /**
   * Masks a normalised name in place and returns the new length, or -1 if nothing was hidden
   * (only possible when the name has no character other than separators).
   */
  static int mask(char[] buf, int len, boolean keepLast) {
    int letters = 0;
    int parts = 0;
    boolean inPart = false;
    int first = -1;
    int second = -1;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (MaskWriter.isSeparator(c, MaskWriter.NAME)) {
        inPart = false;
        continue;
      }
      if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(buf[i - 1])) {
        continue; // second half of a pair already counted
      }
      if (!inPart) {
        parts++;
        inPart = true;
      }
      if (letters == 0) {
        first = i;
      } else if (letters == 1 && parts == 1) {
        second = i;
      }
      letters++;
    }
    if (letters == 0) {
      return -1;
    }
    int head;
    int tail;
    if (parts >= 2) {
      head = 1;
      tail = keepLast && letters > 2 ? 1 : 0;
    } else {
      boolean compound =
          second == first + 1 && CompoundSurnames.contains(buf[first], buf[second]);
      head = compound ? 2 : 1;
      if (head >= letters) {
        head = letters - 1;
      }
      tail = keepLast && letters >= head + 2 ? 1 : 0;
    }
    return MaskWriter.apply(buf, len, letters, head, tail, MaskWriter.NAME, 0, 0);
  }
}
