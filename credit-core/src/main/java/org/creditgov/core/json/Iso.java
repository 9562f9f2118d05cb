package org.creditgov.core.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Dates, instants and periods in the ISO-8601 forms the canonical JSON uses, read and written by
 * hand on the common path (java.time's formatters cost several times a hand loop): {@code
 * YYYY-MM-DD}; {@code YYYY-MM-DDTHH:MM:SS[.fraction]Z} as {@link Instant#toString()} writes it;
 * {@code P[nY][nM][nD]} as {@link Period#toString()} writes it. Anything else falls back to
 * java.time, so what it accepts is read as before; null means not of the form.
 */
final class Iso {

  private Iso() {}

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** {@code YYYY-MM-DD}, or null. */
  static @Nullable LocalDate date(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 7);
    int d = digits(s, 8, 10);
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** An instant in UTC with {@code Z}, or null. */
  static @Nullable Instant instant(String s) {
    int n = s.length();
    if (n < 17 || s.charAt(n - 1) != 'Z') {
      return null;
    }
    if (n >= 20 && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == ':') {
      LocalDate d = date(s.substring(0, 10));
      int h = digits(s, 11, 13);
      int min = digits(s, 14, 16);
      int sec = digits(s, 17, 19);
      int nanos = 0;
      boolean ok = d != null && h >= 0 && min >= 0 && sec >= 0;
      if (ok && n > 20) {
        int digits = n - 21;
        ok = s.charAt(19) == '.' && digits >= 1 && digits <= 9;
        int f = ok ? digits(s, 20, n - 1) : -1;
        ok &= f >= 0;
        if (ok) {
          nanos = f;
          for (int i = digits; i < 9; i++) {
            nanos *= 10;
          }
        }
      } else if (ok) {
        ok = n == 20;
      }
      if (ok) {
        try {
          return LocalDateTime.of(d, java.time.LocalTime.of(h, min, sec, nanos)).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A period {@code P[nY][nM][nD]} (each part may be negative), or null; weeks are not of the form. */
  static @Nullable Period period(String s) {
    int n = s.length();
    if (n < 3 || s.charAt(0) != 'P') {
      return null;
    }
    int[] parts = {0, 0, 0};
    int next = 0;
    int i = 1;
    while (i < n) {
      int start = i;
      if (s.charAt(i) == '-') {
        i++;
      }
      int digitsFrom = i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == digitsFrom || i == n || i - digitsFrom > 9) {
        return null;
      }
      int unit = "YMD".indexOf(s.charAt(i));
      if (unit < next) {
        return null; // a unit out of order, repeated, or not Y, M, D
      }
      int value = digits(s, digitsFrom, i);
      parts[unit] = start == digitsFrom ? value : -value;
      next = unit + 1;
      i++;
    }
    return Period.of(parts[0], parts[1], parts[2]);
  }

  /** {@code YYYY-MM-DD} for years 0 to 9999, else {@link LocalDate#toString()}. */
  static String format(LocalDate d) {
    int y = d.getYear();
    if (y < 0 || y > 9999) {
      return d.toString();
    }
    char[] c = new char[10];
    c[0] = (char) ('0' + y / 1000);
    c[1] = (char) ('0' + y / 100 % 10);
    c[2] = (char) ('0' + y / 10 % 10);
    c[3] = (char) ('0' + y % 10);
    c[4] = '-';
    int m = d.getMonthValue();
    c[5] = (char) ('0' + m / 10);
    c[6] = (char) ('0' + m % 10);
    c[7] = '-';
    int day = d.getDayOfMonth();
    c[8] = (char) ('0' + day / 10);
    c[9] = (char) ('0' + day % 10);
    return new String(c);
  }

  /** As {@link Instant#toString()}, by hand for whole seconds of years 0 to 9999. */
  static String format(Instant i) {
    if (i.getNano() != 0) {
      return i.toString();
    }
    LocalDateTime t = LocalDateTime.ofEpochSecond(i.getEpochSecond(), 0, ZoneOffset.UTC);
    if (t.getYear() < 0 || t.getYear() > 9999) {
      return i.toString();
    }
    StringBuilder s = new StringBuilder(20).append(format(t.toLocalDate())).append('T');
    two(s, t.getHour()).append(':');
    two(s, t.getMinute()).append(':');
    return two(s, t.getSecond()).append('Z').toString();
  }

  private static StringBuilder two(StringBuilder s, int n) {
    return s.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }
}
