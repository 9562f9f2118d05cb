package org.creditgov.core.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.creditgov.core.Bilingual;

/** How facts are written in messages, in Chinese for a clerk and in English. */
final class FactFormat {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  private FactFormat() {}

  static String format(Fact fact, boolean zh) {
    Object v = fact.value();
    switch (fact.kind()) {
      case DATE:
        return date((LocalDate) v, zh);
      case INSTANT:
        return instant((Instant) v, zh);
      case PERIOD:
        return period((Period) v, zh);
      case WORKING_DAYS:
        int n = (Integer) v;
        return zh ? n + "个工作日" : n + (n == 1 ? " working day" : " working days");
      case COUNT:
        return String.valueOf(v);
      case AMOUNT:
        String amount = amount((BigDecimal) v);
        return zh ? amount + "元" : "CNY " + amount;
      case TERM:
      case BILINGUAL_TEXT:
        return zh ? ((Bilingual) v).nameZh() : ((Bilingual) v).nameEn();
      case TERMS:
        StringBuilder s = new StringBuilder();
        for (Object t : (List<?>) v) {
          if (s.length() > 0) {
            s.append(zh ? "、" : ", ");
          }
          s.append(zh ? ((Term) t).nameZh() : ((Term) t).nameEn());
        }
        return s.toString();
      case CODE:
      case TEXT:
      default:
        return (String) v;
    }
  }

  /** 2026年9月28日 / 28 September 2026. */
  static String date(LocalDate d, boolean zh) {
    return zh
        ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
        : d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  private static String instant(Instant i, boolean zh) {
    LocalDateTime t = LocalDateTime.ofInstant(i, CHINA);
    String hm = String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    return date(t.toLocalDate(), zh) + (zh ? " " : ", ") + hm;
  }

  /** 1年6个月 / 1 year and 6 months; a zero period is 0日 / 0 days. */
  static String period(Period p, boolean zh) {
    if (p.isZero()) {
      return zh ? "0日" : "0 days";
    }
    StringBuilder s = new StringBuilder();
    if (zh) {
      if (p.getYears() != 0) {
        s.append(p.getYears()).append('年');
      }
      if (p.getMonths() != 0) {
        s.append(p.getMonths()).append("个月");
      }
      if (p.getDays() != 0) {
        s.append(p.getDays()).append('日');
      }
      return s.toString();
    }
    appendEn(s, p.getYears(), "year");
    appendEn(s, p.getMonths(), "month");
    appendEn(s, p.getDays(), "day");
    return s.toString();
  }

  private static void appendEn(StringBuilder s, int n, String unit) {
    if (n == 0) {
      return;
    }
    if (s.length() > 0) {
      s.append(" and ");
    }
    s.append(n).append(' ').append(unit).append(Math.abs(n) == 1 ? "" : "s");
  }

  private static String amount(BigDecimal yuan) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setParseBigDecimal(true);
    return f.format(yuan);
  }
}
