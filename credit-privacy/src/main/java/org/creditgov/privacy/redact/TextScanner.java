package org.creditgov.privacy.redact;

import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.identity.ValidationLevel;
import org.creditgov.privacy.mask.DataKind;

/**
 * The structured detectors of {@link Redactor}, in one left-to-right pass. The text is read
 * through {@link #fold(char)} (full-width ASCII to ASCII), which maps one char to one char, so
 * every index is an index into the input.
 *
 * <p>A token is a maximal run of ASCII letters and digits. A number token also needs a numeric
 * boundary: it is not glued by {@code . , - / :} to another digit ({@code 13800138000.50} is an
 * amount, not a mobile). Then, by length and shape: 18 characters are a resident ID if credit-core
 * validates it (region, birth date, check character), else a credit code if its check character
 * holds (an all-digit one also its organisation code's), else (all digits) perhaps a card; 15 digits a legacy ID; 11 digits starting 13–19 a
 * mobile; 16–19 digits with a card-network prefix (3[457], 4, 5, 6) and a valid Luhn digit a bank
 * card, unless 18 digits read as an ID number with a wrong check character. A span valid as more
 * than one kind takes the stricter reading: 18 digits valid both as a credit code (public, left in
 * the clear) and as a card are a card (a bank card is never left in the clear, even when
 * ID-shaped); valid both as an ID and as a card, an ID (both are masked; region, birth date and
 * check character are the surer reading); 3-4-4 and 4-4-4-4 groups, area-code landlines ({@code 0951-5012345}, {@code
 * (010)62345678}) and {@code +86} mobiles are read across their separators. A mobile or card
 * directly after a label such as 订单号 or 流水号 is an order or transaction number and not a hit.
 */
final class TextScanner {

  private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  private static final long[] PROVINCE_BITS = new long[1024];
  private static final String PLATE_SUFFIXES = "挂学警港澳领试超";
  private static final String[] NOT_PERSONAL_NUMBER_LABELS = {
    "订单号", "流水号", "交易号", "单号", "编号", "批次号", "文号", "案号", "合同号", "发票号", "发票号码", "凭证号",
    "序列号", "序号", "登记号", "注册号", "许可证号", "条码", "条形码", "工号"
  };

  static {
    for (int i = 0; i < PROVINCES.length(); i++) {
      char c = PROVINCES.charAt(i);
      PROVINCE_BITS[c >>> 6] |= 1L << c;
    }
  }

  private final ResidentIdNumber.Parser ids;
  private final boolean id;
  private final boolean uscc;
  private final boolean mobile;
  private final boolean landline;
  private final boolean card;
  private final boolean email;
  private final boolean plate;

  TextScanner(ResidentIdNumber.Parser ids, java.util.Set<DataKind> kinds) {
    this.ids = ids;
    this.id = kinds.contains(DataKind.RESIDENT_ID);
    this.uscc = kinds.contains(DataKind.USCC);
    this.mobile = kinds.contains(DataKind.MOBILE);
    this.landline = kinds.contains(DataKind.LANDLINE);
    this.card = kinds.contains(DataKind.BANK_CARD);
    this.email = kinds.contains(DataKind.EMAIL);
    this.plate = kinds.contains(DataKind.LICENCE_PLATE);
  }

  void scan(String t, SpanBuffer out) {
    int len = t.length();
    int i = 0;
    while (i < len) {
      char c = t.charAt(i);
      char f = fold(c);
      if (isAlnum(f)) {
        int j = i + 1;
        while (j < len && isAlnum(fold(t.charAt(j)))) {
          j++;
        }
        if (email && j < len && fold(t.charAt(j)) == '@' || email && j < len && isLocalSymbol(fold(t.charAt(j)))) {
          int e = emailAt(t, i, out);
          if (e > 0) {
            i = e;
            continue;
          }
        }
        i = token(t, i, j, out);
        continue;
      }
      if (f == '@' && email) {
        int e = emailAt(t, i, out);
        if (e > 0) {
          i = e;
          continue;
        }
      } else if (plate && c >= '\u4E00' && (PROVINCE_BITS[c >>> 6] & (1L << c)) != 0) {
        int e = plate(t, i);
        if (e > 0) {
          out.add(DataKind.LICENCE_PLATE, i, e);
          i = e;
          continue;
        }
      } else if (f == '(' && landline) {
        int e = bracketedLandline(t, i);
        if (e > 0) {
          out.add(DataKind.LANDLINE, i, e);
          i = e;
          continue;
        }
      } else if (f == '+' && mobile) {
        int e = internationalMobile(t, i);
        if (e > 0) {
          out.add(DataKind.MOBILE, i, e);
          i = e;
          continue;
        }
      }
      i++;
    }
  }

  /** Classifies the token {@code [i, j)}; returns where scanning goes on. */
  private int token(String t, int i, int j, SpanBuffer out) {
    int n = j - i;
    boolean digits = true;
    for (int k = i; k < j && digits; k++) {
      digits = isDigit(fold(t.charAt(k)));
    }
    if (!digits) {
      if (n == 18) {
        if (id && isDigits(t, i, i + 17) && ids.isValid(t.substring(i, j))) {
          out.add(DataKind.RESIDENT_ID, i, j);
        } else if (uscc && UnifiedSocialCreditCode.isValid(t.substring(i, j))) {
          out.add(DataKind.USCC, i, j);
        }
      }
      return j;
    }
    if (!boundaryBefore(t, i)) {
      return j;
    }
    char c0 = fold(t.charAt(i));
    if (boundaryAfter(t, j)) {
      if (n == 18) {
        String s = t.substring(i, j);
        if (id && ids.isValid(s)) {
          out.add(DataKind.RESIDENT_ID, i, j); // personal either way: its region, birth date and check are the surer reading
          return j;
        }
        // an all-digit code must also carry a valid organisation code (as issued codes do):
        // otherwise one 18-digit order number in 31 would pass the single check character
        if (uscc && UnifiedSocialCreditCode.isValid(s, ValidationLevel.STRICT)) {
          // valid as a credit code and as a card: the stricter reading, a card, never left in the clear
          if (card && isCard(t, i, j, n) && !notPersonal(t, i)) {
            out.add(DataKind.BANK_CARD, i, j);
          } else {
            out.add(DataKind.USCC, i, j);
          }
          return j;
        }
      }
      if (n == 15 && id && ids.isValid(t.substring(i, j))) {
        out.add(DataKind.RESIDENT_ID, i, j);
        return j;
      }
      if (n == 11 && mobile && isMobilePrefix(c0, fold(t.charAt(i + 1))) && !notPersonal(t, i)) {
        out.add(DataKind.MOBILE, i, j);
        return j;
      }
      if (n >= 16 && n <= 19 && card && isCard(t, i, j, n) && !notPersonal(t, i) && !(n == 18 && isIdShaped(t, i))) {
        out.add(DataKind.BANK_CARD, i, j);
        return j;
      }
    }
    if (j >= t.length()) {
      return j;
    }
    // grouped forms: the token is followed by a separator and more digits
    if ((n == 3 || n == 4) && c0 == '0' && landline) {
      int e = groupedLandline(t, i, j);
      if (e > 0) {
        out.add(DataKind.LANDLINE, i, e);
        return e;
      }
    }
    if (n == 3 && mobile && isMobilePrefix(c0, fold(t.charAt(i + 1))) && !notPersonal(t, i)) {
      int e = groups(t, j, 4, 4, 2);
      if (e > 0) {
        out.add(DataKind.MOBILE, i, e);
        return e;
      }
    }
    if (n == 4 && card) {
      int e = groupedCard(t, i, j);
      if (e > 0) {
        out.add(DataKind.BANK_CARD, i, e);
        return e;
      }
    }
    return j;
  }

  /**
   * After a first group ending at {@code j}: exactly {@code count} more groups of {@code minLen}
   * to {@code maxLen} digits, each after the same single separator (space or dash), then a
   * boundary. The end of the last group, or -1.
   */
  private static int groups(String t, int j, int minLen, int maxLen, int count) {
    int len = t.length();
    if (j >= len) {
      return -1;
    }
    char sep = fold(t.charAt(j));
    if (sep != ' ' && sep != '-') {
      return -1;
    }
    int p = j;
    for (int g = 0; g < count; g++) {
      if (p >= len || fold(t.charAt(p)) != sep) {
        return -1;
      }
      int q = p + 1;
      while (q < len && isDigit(fold(t.charAt(q)))) {
        q++;
      }
      if (q - (p + 1) < minLen || q - (p + 1) > maxLen || q < len && isAlnum(fold(t.charAt(q)))) {
        return -1;
      }
      p = q;
    }
    return boundaryAfter(t, p) ? p : -1;
  }

  private int groupedLandline(String t, int i, int j) {
    if (!isAreaCode(t, i, j)) {
      return -1;
    }
    int len = t.length();
    char sep = fold(t.charAt(j));
    if ((sep != '-' && sep != ' ') || j + 1 >= len) {
      return -1;
    }
    return localNumber(t, j + 1);
  }

  private int bracketedLandline(String t, int i) {
    int len = t.length();
    int a = i + 1;
    int b = a;
    while (b < len && isDigit(fold(t.charAt(b)))) {
      b++;
    }
    if (b >= len || fold(t.charAt(b)) != ')' || !isAreaCode(t, a, b) || i > 0 && isAlnum(fold(t.charAt(i - 1)))) {
      return -1;
    }
    int p = b + 1;
    if (p < len && fold(t.charAt(p)) == ' ') {
      p++;
    }
    return localNumber(t, p);
  }

  /** A 7- or 8-digit local number starting 2–9 at {@code p}, then a boundary: its end, or -1. */
  private static int localNumber(String t, int p) {
    int len = t.length();
    if (p >= len || fold(t.charAt(p)) < '2' || fold(t.charAt(p)) > '9') {
      return -1;
    }
    int q = p;
    while (q < len && isDigit(fold(t.charAt(q)))) {
      q++;
    }
    int n = q - p;
    if (n < 7 || n > 8 || q < len && isAlnum(fold(t.charAt(q))) || !boundaryAfter(t, q)) {
      return -1;
    }
    return q;
  }

  /** 010 and 02x, or 0 followed by 3–9 and two more digits (GB/T area codes). */
  private static boolean isAreaCode(String t, int a, int b) {
    if (b - a < 3 || b - a > 4 || fold(t.charAt(a)) != '0') {
      return false;
    }
    char c1 = fold(t.charAt(a + 1));
    char c2 = fold(t.charAt(a + 2));
    if (b - a == 3) {
      return c1 == '1' && c2 == '0' || c1 == '2';
    }
    return c1 >= '3' && c1 <= '9';
  }

  private int internationalMobile(String t, int i) {
    int len = t.length();
    if (i > 0 && isAlnum(fold(t.charAt(i - 1))) || i + 3 >= len) {
      return -1;
    }
    if (fold(t.charAt(i + 1)) != '8' || fold(t.charAt(i + 2)) != '6') {
      return -1;
    }
    int p = i + 3;
    char s = fold(t.charAt(p));
    if (s == ' ' || s == '-') {
      p++;
    }
    int q = p;
    while (q < len && isDigit(fold(t.charAt(q)))) {
      q++;
    }
    if (q - p < 2 || !isMobilePrefix(fold(t.charAt(p)), fold(t.charAt(p + 1)))) {
      return -1;
    }
    if (q - p == 11) {
      return q < len && isAlnum(fold(t.charAt(q))) || !boundaryAfter(t, q) ? -1 : q;
    }
    return q - p == 3 ? groups(t, q, 4, 4, 2) : -1;
  }

  private int groupedCard(String t, int i, int j) {
    int len = t.length();
    char sep = fold(t.charAt(j));
    if (sep != ' ' && sep != '-') {
      return -1;
    }
    int p = j;
    int digits = 4;
    while (p < len && fold(t.charAt(p)) == sep && digits < 19) {
      int q = p + 1;
      while (q < len && isDigit(fold(t.charAt(q)))) {
        q++;
      }
      int g = q - (p + 1);
      if (g < 1 || g > 4 || q < len && isAlnum(fold(t.charAt(q)))) {
        break;
      }
      digits += g;
      p = q;
      if (g < 4) {
        break;
      }
    }
    if (digits < 16 || digits > 19 || !boundaryAfter(t, p)) {
      return -1;
    }
    return isCard(t, i, p, digits) && !notPersonal(t, i) ? p : -1;
  }

  /** A card-network prefix and a valid Luhn check digit over the digits of {@code [i, e)}. */
  private static boolean isCard(String t, int i, int e, int digits) {
    char c0 = fold(t.charAt(i));
    char c1 = fold(t.charAt(i + 1));
    if (!(c0 >= '4' && c0 <= '6' || c0 == '3' && (c1 == '4' || c1 == '5' || c1 == '7'))) {
      return false;
    }
    int sum = 0;
    boolean twice = false;
    for (int k = e - 1; k >= i; k--) {
      char c = fold(t.charAt(k));
      if (!isDigit(c)) {
        continue;
      }
      int d = c - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /**
   * Whether 18 digits at {@code i} read as an ID number but for the check character: a province
   * code and a birth date from 1900 to 2099. Such a number is a mistyped ID, not a card.
   */
  private static boolean isIdShaped(String t, int i) {
    int province = number(t, i, 2);
    int year = number(t, i + 6, 4);
    int month = number(t, i + 10, 2);
    int day = number(t, i + 12, 2);
    return province >= 11 && province <= 83 && year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  private static int number(String t, int from, int count) {
    int v = 0;
    for (int k = from; k < from + count; k++) {
      v = v * 10 + (fold(t.charAt(k)) - '0');
    }
    return v;
  }

  /** A licence plate starting at the province character {@code i}: its end, or -1. */
  private static int plate(String t, int i) {
    int len = t.length();
    int p = i + 1;
    if (p >= len) {
      return -1;
    }
    char authority = fold(t.charAt(p));
    if (authority < 'A' || authority > 'Z' || authority == 'I' || authority == 'O') {
      return -1;
    }
    p++;
    if (p < len) {
      char s = fold(t.charAt(p));
      if (s == '\u00B7' || s == '\u2022' || s == '\u30FB' || s == ' ' || s == '-' || s == '.') {
        p++;
      }
    }
    int from = p;
    int letters = 0;
    while (p < len && p - from < 7) {
      char c = fold(t.charAt(p));
      if (isDigit(c)) {
        p++;
      } else if (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O') {
        letters++;
        p++;
      } else {
        break;
      }
    }
    int n = p - from;
    if (p < len && isAlnum(fold(t.charAt(p)))) {
      return -1;
    }
    boolean suffix = p < len && PLATE_SUFFIXES.indexOf(t.charAt(p)) >= 0;
    boolean ordinary = n == 5 && letters <= 2;
    boolean special = n == 4 && letters <= 1 && suffix; // 宁A1234挂, 京A1234学
    boolean newEnergy =
        n == 6 && letters <= 2 && (isNewEnergy(fold(t.charAt(from))) || isNewEnergy(fold(t.charAt(p - 1))));
    if (!ordinary && !special && !newEnergy) {
      return -1;
    }
    return suffix ? p + 1 : p;
  }

  private static boolean isNewEnergy(char c) {
    return c == 'D' || c == 'F';
  }

  /**
   * An e-mail address whose local part contains or ends at the scan position {@code from} (a
   * token start or an {@code @}): its end, or -1. Spans found inside its local part are dropped.
   */
  private static int emailAt(String t, int from, SpanBuffer out) {
    int len = t.length();
    int at = from;
    while (at < len && isLocalChar(fold(t.charAt(at)))) {
      at++;
    }
    if (at >= len || fold(t.charAt(at)) != '@') {
      return -1;
    }
    int s = from;
    while (s > 0 && isLocalChar(fold(t.charAt(s - 1)))) {
      s--;
    }
    while (s < at && fold(t.charAt(s)) == '.') {
      s++;
    }
    if (s == at) {
      return -1;
    }
    int e = at + 1;
    int labels = 0;
    int lastLabel = e;
    boolean lettersOnly = true;
    while (true) {
      int q = e;
      boolean letters = true;
      while (q < len && (isAlnum(fold(t.charAt(q))) || fold(t.charAt(q)) == '-')) {
        letters &= isLetter(fold(t.charAt(q)));
        q++;
      }
      if (q == e) {
        break;
      }
      labels++;
      lastLabel = e;
      lettersOnly = letters;
      e = q;
      if (q + 1 < len && fold(t.charAt(q)) == '.' && isAlnum(fold(t.charAt(q + 1)))) {
        e = q + 1;
      } else {
        break;
      }
    }
    if (labels < 2 || !lettersOnly || e - lastLabel < 2) {
      return -1;
    }
    out.dropEndingAfter(s);
    out.add(DataKind.EMAIL, s, e);
    return e;
  }

  /** Whether the label just before {@code i} (after separators) marks a non-personal number. */
  private static boolean notPersonal(String t, int i) {
    int p = i;
    int skipped = 0;
    while (p > 0 && skipped < 3) {
      char c = fold(t.charAt(p - 1));
      if (c == ':' || c == ' ' || c == '#' || c == '为' || c == '是' || c == '：') {
        p--;
        skipped++;
      } else {
        break;
      }
    }
    for (String label : NOT_PERSONAL_NUMBER_LABELS) {
      if (t.startsWith(label, p - label.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean boundaryBefore(String t, int i) {
    if (i < 2) {
      return true;
    }
    char p = fold(t.charAt(i - 1));
    return !(isGlue(p) && isDigit(fold(t.charAt(i - 2))));
  }

  private static boolean boundaryAfter(String t, int j) {
    if (j + 1 >= t.length()) {
      return true;
    }
    char q = fold(t.charAt(j));
    return !(isGlue(q) && isDigit(fold(t.charAt(j + 1))));
  }

  private static boolean isGlue(char c) {
    return c == '.' || c == ',' || c == '-' || c == '/' || c == ':';
  }

  private static boolean isMobilePrefix(char c0, char c1) {
    return c0 == '1' && c1 >= '3' && c1 <= '9';
  }

  private static boolean isDigits(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isDigit(fold(t.charAt(k)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLocalChar(char c) {
    return isAlnum(c) || isLocalSymbol(c);
  }

  private static boolean isLocalSymbol(char c) {
    return c == '.' || c == '_' || c == '-' || c == '+' || c == '%';
  }

  static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    return c == '\u3000' ? ' ' : c;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static boolean isAlnum(char c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }
}
