package org.creditgov.privacy;

import java.text.Normalizer;
import java.util.Locale;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.privacy.mask.DataKind;

/**
 * The form of a value that a pseudonym is computed from: {@link DataKind#normalise(String)} and
 * then what makes the usual written variants of one identifier the same — a legacy 15-digit ID
 * number upgraded to its 18-character form, {@code +86} dropped from a mobile number, an e-mail
 * address lower-cased, names and addresses in Unicode NFKC with their spaces and middle-dot
 * variants unified, a birth date as {@code yyyy-MM-dd}.
 */
final class LinkingForm {

  private LinkingForm() {}

  static String of(DataKind kind, String value) {
    String s = kind.normalise(value);
    switch (kind) {
      case RESIDENT_ID:
        return s.length() == 15 && isDigits(s)
            ? upgrade(s)
            : s;
      case MOBILE:
        if (s.startsWith("+")) {
          s = s.substring(1);
        }
        if (s.length() == 15 && s.startsWith("0086")) {
          return s.substring(4);
        }
        return s.length() == 13 && s.startsWith("86") ? s.substring(2) : s;
      case EMAIL:
        return s.toLowerCase(Locale.ROOT);
      case PERSONAL_NAME:
        return name(Normalizer.normalize(s, Normalizer.Form.NFKC));
      case ADDRESS:
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
      case BIRTH_DATE:
        return date(s);
      default:
        return s;
    }
  }

  private static String upgrade(String legacy) {
    String body = legacy.substring(0, 6) + "19" + legacy.substring(6);
    return body + ResidentIdNumber.checkCharacter(body);
  }

  private static String name(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '\u2022' || c == '\u2027' || c == '\u30FB' || c == '\u00B7' || c == '\u2219') {
        trimTrailingSpace(sb);
        sb.append('\u00B7');
        space = false;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0 && sb.charAt(sb.length() - 1) != '\u00B7';
      } else {
        if (space && (isLatin(c) && isLatin(sb.charAt(sb.length() - 1)))) {
          sb.append(' ');
        }
        space = false;
        sb.append(c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c);
      }
    }
    return sb.toString();
  }

  private static void trimTrailingSpace(StringBuilder sb) {
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
      sb.setLength(sb.length() - 1);
    }
  }

  private static boolean isLatin(char c) {
    return c < 0x250 && Character.isLetter(c);
  }

  /** {@code yyyy-MM-dd} when the value reads as year, month, day; the value otherwise. */
  private static String date(String s) {
    int[] parts = new int[3];
    int[] lengths = new int[3];
    int count = 0;
    int i = 0;
    while (i < s.length() && count <= 3) {
      if (Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
        int start = i;
        int v = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 8) {
          v = v * 10 + (s.charAt(i) - '0');
          i++;
        }
        if (count < 3) {
          parts[count] = v;
          lengths[count] = i - start;
        }
        count++;
      } else {
        i++;
      }
    }
    if (count == 1 && lengths[0] == 8) {
      int v = parts[0];
      return format(v / 10000, v / 100 % 100, v % 100, s);
    }
    if (count == 3 && lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
      return format(parts[0], parts[1], parts[2], s);
    }
    return s;
  }

  private static String format(int year, int month, int day, String fallback) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return fallback;
    }
    return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
