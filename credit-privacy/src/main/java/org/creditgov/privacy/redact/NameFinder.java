package org.creditgov.privacy.redact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.creditgov.privacy.mask.DataKind;

/**
 * Finds the names a caller gives (the third parties of a record) wherever they occur. Han names
 * have no word boundaries, so 张三 is also found inside 张三丰 — over-redaction is the safe error;
 * give both names and the longer wins. A name of ASCII letters only is found only between
 * non-letters ({@code Li} is not found in {@code Lily}). Blank names are ignored.
 */
final class NameFinder {

  private NameFinder() {}

  static void find(String text, Collection<String> names, SpanBuffer out) {
    List<String> distinct = new ArrayList<>(names.size());
    for (String name : names) {
      java.util.Objects.requireNonNull(name, "a name is null");
      String trimmed = name.strip();
      if (!trimmed.isEmpty() && !distinct.contains(trimmed)) {
        distinct.add(trimmed);
      }
    }
    for (String name : distinct) {
      boolean latin = isAsciiLetters(name);
      int from = 0;
      int at;
      while ((at = text.indexOf(name, from)) >= 0) {
        int end = at + name.length();
        if (!latin || (at == 0 || !isAsciiAlnum(text.charAt(at - 1))) && (end == text.length() || !isAsciiAlnum(text.charAt(end)))) {
          out.add(DataKind.PERSONAL_NAME, at, end);
        }
        from = at + 1;
      }
    }
  }

  private static boolean isAsciiLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == ' ' || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlnum(char c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }
}
