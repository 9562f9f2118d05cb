package org.creditgov.bench.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.identity.ValidationLevel;
import org.creditgov.core.time.ChinaTime;

/**
 * The baseline of {@link RedactionBenchmark}: the same detectors as credit-privacy's {@code
 * Redactor}, written the straightforward way with {@code java.util.regex} — one pattern per
 * detector with look-around boundaries, each run over the whole text, the same validations
 * (credit-core's checks, Luhn, the label before a number), then overlaps resolved and the text
 * rebuilt. It lives here, not in the library.
 */
final class RegexRedactor {

  private static final String D = "[0-9０-９]";
  private static final String AN = "[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]";
  private static final String GLUE = "[.,\\-/:．，－／：]";
  private static final String NB = "(?<!" + AN + ")(?<!" + D + GLUE + ")";
  private static final String NA = "(?!" + AN + ")(?!" + GLUE + D + ")";
  private static final String NOT_PERSONAL =
      "(?:订单号|流水号|交易号|单号|编号|批次号|文号|案号|合同号|发票号|发票号码|凭证号|序列号|序号|登记号|注册号|许可证号|条码|条形码|工号)[:：#为是 ]{0,3}$";

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}(?![A-Za-z0-9\\-])");
  private static final Pattern ID = Pattern.compile(NB + "(?:" + D + "{17}[0-9０-９XxＸｘ]|" + D + "{15})" + NA);
  private static final Pattern CODE = Pattern.compile("(?<!" + AN + ")" + AN + "{18}(?!" + AN + ")");
  private static final Pattern MOBILE =
      Pattern.compile(
          "(?:[+＋]86[ \\-]?)?" + NB + "[1１][3-9３-９]" + D + "{9}" + NA + "|" + NB + "[1１][3-9３-９]" + D + "([ \\-])" + D + "{4}\\1" + D + "{4}" + NA);
  private static final Pattern LANDLINE =
      Pattern.compile(
          NB + "0(?:10|2" + D + "|[3-9]" + D + D + ")[\\- －][2-9]" + D + "{6,7}" + NA
              + "|(?<!" + AN + ")[(（]0(?:10|2" + D + "|[3-9]" + D + D + ")[)）] ?[2-9]" + D + "{6,7}" + NA);
  private static final Pattern CARD =
      Pattern.compile(NB + "(?:" + D + "{16,19}|" + D + "{4}(?:([ \\-])" + D + "{4}){2,3}(?:\\1" + D + "{1,3})?)" + NA);
  private static final Pattern PLATE =
      Pattern.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•・ \\-.]?([A-HJ-NP-Z0-9]{4,6})(?![A-Za-z0-9])([挂学警港澳领试超]?)");
  private static final Pattern LABEL = Pattern.compile(NOT_PERSONAL);

  private final ResidentIdNumber.Parser ids = ResidentIdNumber.parser(ChinaTime.systemClock());

  /** A found span: kind index, start, end. */
  record Found(int kind, int start, int end) {}

  List<Found> find(String text, Collection<String> names) {
    List<Found> all = new ArrayList<>();
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      all.add(new Found(6, m.start(), m.end()));
    }
    m = ID.matcher(text);
    while (m.find()) {
      if (ids.isValid(m.group())) {
        all.add(new Found(1, m.start(), m.end()));
      }
    }
    m = CODE.matcher(text);
    while (m.find()) {
      String s = m.group();
      boolean digits = s.chars().allMatch(c -> c >= '0' && c <= '9' || c >= '０' && c <= '９');
      if (!ids.isValid(s) && UnifiedSocialCreditCode.isValid(s, digits ? ValidationLevel.STRICT : ValidationLevel.STANDARD)) {
        all.add(new Found(2, m.start(), m.end()));
      }
    }
    m = MOBILE.matcher(text);
    while (m.find()) {
      if (!labelled(text, m.start())) {
        all.add(new Found(3, m.start(), m.end()));
      }
    }
    m = LANDLINE.matcher(text);
    while (m.find()) {
      all.add(new Found(4, m.start(), m.end()));
    }
    m = CARD.matcher(text);
    while (m.find()) {
      String digits = m.group().replaceAll("[ \\-]", "");
      if (isCard(digits) && !labelled(text, m.start()) && !(digits.length() == 18 && isIdShaped(digits)) && !ids.isValid(digits)) {
        all.add(new Found(5, m.start(), m.end()));
      }
    }
    m = PLATE.matcher(text);
    while (m.find()) {
      String serial = m.group(1);
      long letters = serial.chars().filter(c -> c >= 'A' && c <= 'Z').count();
      boolean ok =
          serial.length() == 5 && letters <= 2
              || serial.length() == 4 && letters <= 1 && !m.group(2).isEmpty()
              || serial.length() == 6 && letters <= 2 && ("DF".indexOf(serial.charAt(0)) >= 0 || "DF".indexOf(serial.charAt(5)) >= 0);
      if (ok) {
        all.add(new Found(7, m.start(), m.end()));
      }
    }
    for (String name : names) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        all.add(new Found(0, at, at + name.length()));
      }
    }
    all.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
    List<Found> kept = new ArrayList<>();
    int last = 0;
    for (Found f : all) {
      if (f.start() >= last) {
        kept.add(f);
        last = f.end();
      }
    }
    return kept;
  }

  /** Redacts like the library's default: one {@code *} per code point, credit codes kept. */
  String redact(String text, Collection<String> names) {
    StringBuilder sb = new StringBuilder(text.length());
    int copied = 0;
    for (Found f : find(text, names)) {
      sb.append(text, copied, f.start());
      if (f.kind() == 2) {
        sb.append(text, f.start(), f.end());
      } else {
        sb.append("*".repeat(text.codePointCount(f.start(), f.end())));
      }
      copied = f.end();
    }
    return sb.append(text, copied, text.length()).toString();
  }

  private static boolean labelled(String text, int start) {
    return LABEL.matcher(text.substring(Math.max(0, start - 8), start)).find();
  }

  private static boolean isCard(String digits) {
    char c0 = fold(digits.charAt(0));
    char c1 = fold(digits.charAt(1));
    if (!(c0 >= '4' && c0 <= '6' || c0 == '3' && (c1 == '4' || c1 == '5' || c1 == '7'))) {
      return false;
    }
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = fold(digits.charAt(i)) - '0';
      if (twice) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  private static boolean isIdShaped(String d) {
    int province = Integer.parseInt(ascii(d.substring(0, 2)));
    int year = Integer.parseInt(ascii(d.substring(6, 10)));
    int month = Integer.parseInt(ascii(d.substring(10, 12)));
    int day = Integer.parseInt(ascii(d.substring(12, 14)));
    return province >= 11 && province <= 83 && year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  private static String ascii(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      sb.append(fold(s.charAt(i)));
    }
    return sb.toString();
  }

  private static char fold(char c) {
    return c >= '０' && c <= '９' ? (char) (c - 0xFEE0) : c;
  }
}
