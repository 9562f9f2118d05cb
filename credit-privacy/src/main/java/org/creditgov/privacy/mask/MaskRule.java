package org.creditgov.privacy.mask;

import java.util.Arrays;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.jspecify.annotations.Nullable;

/**
 * How much of one kind of value a {@link MaskingProfile} reveals (PRI-3): an immutable value made
 * by one of the static factories. Every rule counts Unicode code points of the value after {@link
 * DataKind#normalise(String)}, writes one {@code '*'} for each hidden code point, and always hides
 * at least one code point of a non-empty value (if a rule would hide nothing, everything is
 * hidden) — except {@link #publicCreditCode()}, which shows a valid organisation code whole.
 *
 * <p>Whatever the rule, a {@link DataKind#RESIDENT_ID} of 18 or 15 characters never shows its
 * birth date (positions 7–14, or 7–12 of a legacy number).
 *
 * <p>The rules encode common practice, not a standard (policy-facts.md §5d).
 */
public final class MaskRule {

  private enum Type {
    KEEP,
    SURNAME,
    EMAIL,
    ADDRESS,
    BIRTH_DATE,
    PUBLIC_CREDIT_CODE,
    HIDE_ALL
  }

  private static final MaskRule SURNAME = new MaskRule(Type.SURNAME, 0, 0, 0);
  private static final MaskRule SURNAME_AND_LAST = new MaskRule(Type.SURNAME, 0, 1, 0);
  private static final MaskRule COUNTY = new MaskRule(Type.ADDRESS, 0, 0, 0);
  private static final MaskRule TOWNSHIP = new MaskRule(Type.ADDRESS, 1, 0, 0);
  private static final MaskRule YEAR = new MaskRule(Type.BIRTH_DATE, 0, 0, 0);
  private static final MaskRule YEAR_MONTH = new MaskRule(Type.BIRTH_DATE, 1, 0, 0);
  private static final MaskRule PUBLIC_CREDIT_CODE = new MaskRule(Type.PUBLIC_CREDIT_CODE, 0, 0, 0);
  private static final MaskRule HIDE_ALL = new MaskRule(Type.HIDE_ALL, 0, 0, 0);

  private final Type type;
  private final int a;
  private final int b;
  private final int c;

  private MaskRule(Type type, int a, int b, int c) {
    this.type = type;
    this.a = a;
    this.b = b;
    this.c = c;
  }

  /**
   * Shows the first {@code head} and the last {@code tail} code points and hides the rest, hiding
   * at least {@code minHidden}: a value too short for that shows fewer, head first (a 7-digit
   * "mobile" under {@code keep(3, 4, 4)} shows 3 digits). Common practice: a mobile number {@code
   * keep(3, 4, 4)} gives {@code 138****5678} (PRI-3).
   *
   * @throws IllegalArgumentException if {@code head} or {@code tail} is negative or {@code
   *     minHidden} is less than 1
   */
  public static MaskRule keep(int head, int tail, int minHidden) {
    if (head < 0 || tail < 0) {
      throw new IllegalArgumentException("head and tail must not be negative: " + head + ", " + tail);
    }
    if (minHidden < 1) {
      throw new IllegalArgumentException("minHidden must be at least 1: " + minHidden);
    }
    return new MaskRule(Type.KEEP, head, tail, minHidden);
  }

  /**
   * For names (PRI-3): shows the surname and hides the given name ({@code 张三丰 → 张**}); a
   * compound surname from the list of 复姓 shows whole ({@code 欧阳娜娜 → 欧阳**}); a multi-part
   * name shows only its first character and keeps every separator ({@code 阿卜杜拉·买买提 →
   * 阿***·***}); a one-character name is hidden whole.
   */
  public static MaskRule surname() {
    return SURNAME;
  }

  /**
   * For names (PRI-3): as {@link #surname()}, and also the last character when at least one
   * character between them stays hidden ({@code 张三丰 → 张*丰}, {@code 张三 → 张*}).
   */
  public static MaskRule surnameAndLast() {
    return SURNAME_AND_LAST;
  }

  /**
   * For e-mail addresses (PRI-3): shows the first {@code localHead} code points of the local part
   * (never all of it), the {@code @} and the domain ({@code duandazhi@126.com → d********@126.com}
   * with 1). A value without a local part hides its domain; a value without {@code @} is treated as
   * a local part.
   *
   * @throws IllegalArgumentException if {@code localHead} is negative
   */
  public static MaskRule email(int localHead) {
    if (localHead < 0) {
      throw new IllegalArgumentException("localHead must not be negative: " + localHead);
    }
    return new MaskRule(Type.EMAIL, localHead, 0, 0);
  }

  /**
   * For addresses (PRI-3): shows the administrative divisions down to the county or district
   * ({@code 北京市海淀区马连洼街道289号 → 北京市海淀区**********}) and hides the rest; an address
   * with no recognisable division prefix, or nothing after it, is hidden whole.
   */
  public static MaskRule addressToCounty() {
    return COUNTY;
  }

  /**
   * For addresses (PRI-3): as {@link #addressToCounty()}, and also the township or street office
   * (镇, 乡, 街道, 苏木) directly after the county.
   */
  public static MaskRule addressToTownship() {
    return TOWNSHIP;
  }

  /**
   * For birth dates (PRI-3): shows a leading four-digit year and the date separators, hides every
   * other character ({@code 1990-03-07 → 1990-**-**}, {@code 1990年3月7日 → 1990年*月*日}); a value
   * not beginning with a year is hidden except for its separators.
   */
  public static MaskRule birthYear() {
    return YEAR;
  }

  /** For birth dates (PRI-3): as {@link #birthYear()}, and also the month ({@code 1990-03-**}). */
  public static MaskRule birthYearMonth() {
    return YEAR_MONTH;
  }

  /**
   * For unified social credit codes (CAT-6): a valid code (checked by credit-core) is an
   * organisation's public code and shows whole, in its canonical form; anything else in the field
   * is treated as dirty data that might be personal and is hidden whole.
   */
  public static MaskRule publicCreditCode() {
    return PUBLIC_CREDIT_CODE;
  }

  /** Hides every code point (PRI-3): what a field that must not be published at all needs. */
  public static MaskRule hideAll() {
    return HIDE_ALL;
  }

  /** Masks a normalised, non-empty buffer of a value of {@code kind}. */
  /**
   * The common case of a name, two or more Han characters and nothing else, masked in one pass;
   * {@code null} when this rule is not a name rule or the value is not that case. It gives what
   * {@link #apply} gives after cleaning, which leaves such a value unchanged.
   */
  @Nullable String maskPlainHanName(String value) {
    int n = value.length();
    if (type != Type.SURNAME || n < 2) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < '\u4E00' || c > '\u9FFF') {
        return null;
      }
    }
    int head = n >= 3 && CompoundSurnames.contains(value.charAt(0), value.charAt(1)) ? 2 : 1;
    int tail = b == 1 && n >= head + 2 ? 1 : 0;
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = i < head || i >= n - tail ? value.charAt(i) : MaskWriter.MASK;
    }
    return new String(out);
  }

  String apply(DataKind kind, char[] buf, int len) {
    int result;
    switch (type) {
      case KEEP:
        result = keep(kind, buf, len);
        break;
      case SURNAME:
        result = NameShape.mask(buf, len, b == 1);
        break;
      case EMAIL:
        result = email(buf, len);
        break;
      case ADDRESS:
        int prefix = AddressPrefix.length(buf, len, a == 1);
        result = MaskWriter.apply(buf, len, MaskWriter.codePoints(buf, len), prefix, 0, MaskWriter.NONE, 0, 0);
        break;
      case BIRTH_DATE:
        result = BirthDateShape.mask(buf, len, a == 1);
        break;
      case PUBLIC_CREDIT_CODE:
        String code = new String(buf, 0, len);
        if (UnifiedSocialCreditCode.isValid(code)) {
          return code;
        }
        result = -1;
        break;
      default:
        result = -1;
    }
    if (result < 0) {
      result = MaskWriter.maskAll(buf, len);
    }
    return new String(buf, 0, result);
  }

  private int keep(DataKind kind, char[] buf, int len) {
    int n = MaskWriter.codePoints(buf, len);
    KeepWindow w = new KeepWindow(kind, n);
    return MaskWriter.apply(buf, len, n, w.head, w.tail, MaskWriter.NONE, w.hideFrom, w.hideTo);
  }

  /** What a KEEP rule shows of {@code n} code points: a head, a tail, minus a hidden middle. */
  private final class KeepWindow {
    final int head;
    final int tail;
    final int hideFrom;
    final int hideTo;

    KeepWindow(DataKind kind, int n) {
      int revealed = Math.min(a + b, Math.max(0, n - c));
      head = Math.min(a, revealed);
      tail = revealed - head;
      boolean residentId = kind == DataKind.RESIDENT_ID && (n == 18 || n == 15);
      hideFrom = residentId ? 6 : 0; // a resident ID never shows its birth date
      hideTo = residentId ? (n == 18 ? 14 : 12) : 0;
    }

    boolean shows(int k, int n) {
      return (k < head || k >= n - tail) && (k < hideFrom || k >= hideTo);
    }
  }

  /**
   * The common case of an identifier, ASCII digits and capital letters only, masked in one pass;
   * {@code null} when this is not a KEEP rule or the value is not that case. It gives what
   * {@link #apply} gives after cleaning, which leaves such a value unchanged.
   */
  @Nullable String maskPlainAscii(DataKind kind, String value) {
    int n = value.length();
    if (type != Type.KEEP || n == 0) {
      return null;
    }
    KeepWindow w = new KeepWindow(kind, n);
    char[] out = new char[n];
    boolean hidden = false;
    for (int k = 0; k < n; k++) {
      char ch = value.charAt(k);
      if (!((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z'))) {
        return null;
      }
      if (w.shows(k, n)) {
        out[k] = ch;
      } else {
        out[k] = MaskWriter.MASK;
        hidden = true;
      }
    }
    if (!hidden) {
      Arrays.fill(out, MaskWriter.MASK); // never unmasked, however short
    }
    return new String(out);
  }


  private int email(char[] buf, int len) {
    int n = 0;
    int at = -1;
    for (int i = 0; i < len; i++) {
      if (Character.isLowSurrogate(buf[i]) && i > 0 && Character.isHighSurrogate(buf[i - 1])) {
        continue;
      }
      if (buf[i] == '@') {
        at = n;
      }
      n++;
    }
    int head;
    int tail;
    if (at < 0 || at == n - 1) {
      head = Math.min(a, n - 1);
      tail = 0;
    } else if (at == 0) {
      head = 1;
      tail = 0;
    } else {
      head = Math.min(a, at - 1);
      tail = n - at;
    }
    return MaskWriter.apply(buf, len, n, head, tail, MaskWriter.NONE, 0, 0);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof MaskRule)) {
      return false;
    }
    MaskRule other = (MaskRule) o;
    return type == other.type && a == other.a && b == other.b && c == other.c;
  }

  @Override
  public int hashCode() {
    return ((type.hashCode() * 31 + a) * 31 + b) * 31 + c;
  }

  /** The rule as its factory call, such as {@code keep(3, 4, 4)} or {@code surname()}. */
  @Override
  public String toString() {
    switch (type) {
      case KEEP:
        return "keep(" + a + ", " + b + ", " + c + ")";
      case SURNAME:
        return b == 1 ? "surnameAndLast()" : "surname()";
      case EMAIL:
        return "email(" + a + ")";
      case ADDRESS:
        return a == 1 ? "addressToTownship()" : "addressToCounty()";
      case BIRTH_DATE:
        return a == 1 ? "birthYearMonth()" : "birthYear()";
      case PUBLIC_CREDIT_CODE:
        return "publicCreditCode()";
      default:
        return "hideAll()";
    }
  }
}
