package org.creditgov.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random mutations of a catalog file's text, for fuzzing loaders: characters deleted, inserted or
 * replaced; string values swapped; keys dropped or duplicated; values replaced by values of
 * another JSON type. The result may be valid, invalid or not JSON at all.
 */
public final class CatalogFileMutator {

  private static final String[] NOISE = {
    "\"", "{", "}", "[", "]", ",", ":", "null", "true", "-1", "1e999", "\\u0000", "\\", "\"\"", "0",
    "\"LAW\"", "\"PUBLIC\"", "\"P3M\"", "\"2024-02-30\"", "\"640381\"", "\"999999\"", "[]", "{}", "\n", " "
  };

  private CatalogFileMutator() {}

  /** {@code text} with {@code mutations} random mutations applied one after the other. */
  public static String mutate(SplittableRandom r, String text, int mutations) {
    String s = text;
    for (int i = 0; i < mutations; i++) {
      s = once(r, s);
    }
    return s;
  }

  private static String once(SplittableRandom r, String s) {
    if (s.isEmpty()) {
      return NOISE[r.nextInt(NOISE.length)];
    }
    int at = r.nextInt(s.length());
    switch (r.nextInt(8)) {
      case 0: // delete a run of characters
        return s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + r.nextInt(8)));
      case 1: // insert noise
        return s.substring(0, at) + NOISE[r.nextInt(NOISE.length)] + s.substring(at);
      case 2: // replace one character
        return s.substring(0, at) + (char) (32 + r.nextInt(95)) + s.substring(at + 1);
      case 3:
        return swapStrings(r, s);
      case 4:
        return dropKey(r, s);
      case 5:
        return duplicateKey(r, s);
      case 6:
        return replaceValue(r, s);
      default: // truncate
        return s.substring(0, at);
    }
  }

  /** The [start, end) ranges of the string literals of the text. */
  private static List<int[]> strings(String s) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '"') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != '"') {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        if (j >= s.length()) {
          break;
        }
        out.add(new int[] {i, j + 1});
        i = j;
      }
    }
    return out;
  }

  private static String swapStrings(SplittableRandom r, String s) {
    List<int[]> lits = strings(s);
    if (lits.size() < 2) {
      return s;
    }
    int[] a = lits.get(r.nextInt(lits.size()));
    int[] b = lits.get(r.nextInt(lits.size()));
    if (a[0] == b[0]) {
      return s;
    }
    if (a[0] > b[0]) {
      int[] t = a;
      a = b;
      b = t;
    }
    return s.substring(0, a[0]) + s.substring(b[0], b[1]) + s.substring(a[1], b[0]) + s.substring(a[0], a[1]) + s.substring(b[1]);
  }

  /** A key literal: a string followed by optional spaces and a colon. */
  private static List<int[]> keys(String s) {
    List<int[]> out = new ArrayList<>();
    for (int[] lit : strings(s)) {
      int k = lit[1];
      while (k < s.length() && s.charAt(k) == ' ') {
        k++;
      }
      if (k < s.length() && s.charAt(k) == ':') {
        out.add(new int[] {lit[0], k + 1});
      }
    }
    return out;
  }

  /** The end of the value starting at {@code from}: balanced brackets, up to the next comma or closer. */
  private static int valueEnd(String s, int from) {
    int depth = 0;
    boolean inString = false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return i;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return s.length();
  }

  private static String dropKey(SplittableRandom r, String s) {
    List<int[]> ks = keys(s);
    if (ks.isEmpty()) {
      return s;
    }
    int[] k = ks.get(r.nextInt(ks.size()));
    int end = valueEnd(s, k[1]);
    if (end < s.length() && s.charAt(end) == ',') {
      end++;
    }
    return s.substring(0, k[0]) + s.substring(end);
  }

  private static String duplicateKey(SplittableRandom r, String s) {
    List<int[]> ks = keys(s);
    if (ks.isEmpty()) {
      return s;
    }
    int[] k = ks.get(r.nextInt(ks.size()));
    int end = valueEnd(s, k[1]);
    return s.substring(0, end) + ", " + s.substring(k[0], end) + s.substring(end);
  }

  private static String replaceValue(SplittableRandom r, String s) {
    List<int[]> ks = keys(s);
    if (ks.isEmpty()) {
      return s;
    }
    int[] k = ks.get(r.nextInt(ks.size()));
    int end = valueEnd(s, k[1]);
    return s.substring(0, k[1]) + " " + NOISE[r.nextInt(NOISE.length)] + s.substring(end);
  }
}
