package org.creditgov.cli.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.creditgov.cli.Texts;
import org.creditgov.rules.oversight.Figures;
import org.creditgov.rules.oversight.OversightReport;

/**
 * The oversight report as one static HTML page (OPS-2): no script, no external asset, two inline
 * SVG charts — listings, objections filed and repairs applied for per month, and deadline
 * compliance (on time, overdue, not computable) per department — and the table of figures, the
 * same as the CSV file. Every bar carries its data ({@code data-series}, {@code data-month} or
 * {@code data-department}, {@code data-value}), so that a reader or a test can check it against
 * the table.
 */
final class OversightPage {

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  private static final String[] MONTH_SERIES = {"listings", "objectionsFiled", "repairApplications"};
  private static final String[] MONTH_COLOURS = {"#c0392b", "#e67e22", "#2e86c1"};
  private static final String[] COMPLIANCE_SERIES = {"onTime", "overdue", "notComputable"};
  private static final String[] COMPLIANCE_COLOURS = {"#27ae60", "#c0392b", "#95a5a6"};

  private OversightPage() {}

  /**
   * The page of {@code monthly} (figures by month) and {@code table} (the figures of the chosen
   * period), for the period {@code from} to {@code to}.
   */
  static String html(Texts texts, OversightReport monthly, OversightTable table, LocalDate from, LocalDate to) {
    StringBuilder s = new StringBuilder(16_384);
    String title = texts.get("report.title", from, to);
    s.append("<!DOCTYPE html>\n<html lang=\"").append(texts.chinese() ? "zh-CN" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(HTML.escape(title)).append("</title>\n")
        .append("<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;font-size:12px}")
        .append("td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}th{background:#f4f4f4}")
        .append("td:first-child{text-align:left}svg text{font-size:11px}</style>\n</head>\n<body>\n")
        .append("<h1>").append(HTML.escape(title)).append("</h1>\n");
    s.append("<h2>").append(HTML.escape(texts.get("report.chart.monthly"))).append("</h2>\n");
    monthly(s, texts, monthly, from, to);
    s.append("<h2>").append(HTML.escape(texts.get("report.chart.compliance"))).append("</h2>\n");
    compliance(s, texts, monthly);
    s.append("<h2>").append(HTML.escape(texts.get("report.table"))).append("</h2>\n<table id=\"figures\">\n<tr>");
    table.header().forEach(h -> s.append("<th>").append(HTML.escape(h)).append("</th>"));
    s.append("</tr>\n");
    for (List<String> r : table.rows()) {
      s.append("<tr>");
      r.forEach(v -> s.append("<td>").append(HTML.escape(v)).append("</td>"));
      s.append("</tr>\n");
    }
    s.append("</table>\n</body>\n</html>\n");
    return s.toString();
  }

  private static long monthly(Figures f, String series) {
    switch (series) {
      case "listings":
        return f.listings();
      case "objectionsFiled":
        return f.objectionsFiled();
      default:
        return f.repairApplications();
    }
  }

  /** Grouped bars: for each month, the three series summed over departments. */
  private static void monthly(StringBuilder s, Texts texts, OversightReport report, LocalDate from, LocalDate to) {
    Map<YearMonth, long[]> byMonth = new TreeMap<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      byMonth.put(m, new long[MONTH_SERIES.length]);
    }
    for (Figures f : report.figures()) {
      long[] v = byMonth.computeIfAbsent(YearMonth.from(f.from()), k -> new long[MONTH_SERIES.length]);
      for (int i = 0; i < MONTH_SERIES.length; i++) {
        v[i] += monthly(f, MONTH_SERIES[i]);
      }
    }
    long max = 1;
    for (long[] v : byMonth.values()) {
      for (long x : v) {
        max = Math.max(max, x);
      }
    }
    int group = 3 * 12 + 12;
    int width = 60 + group * byMonth.size() + 20;
    int height = 240;
    int base = 200;
    s.append("<svg id=\"monthly\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height + 30).append("\" role=\"img\">\n");
    axis(s, max, base, width);
    int x = 60;
    for (Map.Entry<YearMonth, long[]> e : byMonth.entrySet()) {
      for (int i = 0; i < MONTH_SERIES.length; i++) {
        long v = e.getValue()[i];
        int h = (int) Math.round(180.0 * v / max);
        s.append("<rect class=\"bar\" data-series=\"").append(MONTH_SERIES[i]).append("\" data-month=\"").append(e.getKey())
            .append("\" data-value=\"").append(v).append("\" x=\"").append(x + 12 * i).append("\" y=\"").append(base - h)
            .append("\" width=\"11\" height=\"").append(h).append("\" fill=\"").append(MONTH_COLOURS[i]).append("\"><title>")
            .append(HTML.escape(e.getKey() + " " + texts.get("report.series." + MONTH_SERIES[i]) + ": " + v))
            .append("</title></rect>\n");
      }
      s.append("<text x=\"").append(x).append("\" y=\"").append(base + 14).append("\">").append(e.getKey().getMonthValue())
          .append(texts.chinese() ? "月" : "").append("</text>\n");
      x += group;
    }
    legend(s, texts, MONTH_SERIES, MONTH_COLOURS, base + 34);
    s.append("</svg>\n");
  }

  /** Stacked horizontal bars: per department, every deadline of every kind over the period. */
  private static void compliance(StringBuilder s, Texts texts, OversightReport report) {
    Map<String, long[]> byDepartment = new TreeMap<>();
    Totals.byDepartment(report).forEach((d, t) -> byDepartment.put(d, t.compliance()));
    long max = 1;
    for (long[] v : byDepartment.values()) {
      max = Math.max(max, v[0] + v[1] + v[2]);
    }
    int left = 220;
    int width = left + 420 + 60;
    int height = 24 * byDepartment.size() + 60;
    s.append("<svg id=\"compliance\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" role=\"img\">\n");
    int y = 10;
    for (Map.Entry<String, long[]> e : byDepartment.entrySet()) {
      String d = HTML.escape(e.getKey());
      s.append("<text x=\"4\" y=\"").append(y + 13).append("\">").append(d).append("</text>\n");
      int x = left;
      for (int i = 0; i < COMPLIANCE_SERIES.length; i++) {
        long v = e.getValue()[i];
        int w = (int) Math.round(420.0 * v / max);
        s.append("<rect class=\"bar\" data-series=\"").append(COMPLIANCE_SERIES[i]).append("\" data-department=\"").append(d)
            .append("\" data-value=\"").append(v).append("\" x=\"").append(x).append("\" y=\"").append(y)
            .append("\" width=\"").append(w).append("\" height=\"18\" fill=\"").append(COMPLIANCE_COLOURS[i])
            .append("\"><title>").append(d).append(' ').append(HTML.escape(texts.get("report.series." + COMPLIANCE_SERIES[i])))
            .append(": ").append(v).append("</title></rect>\n");
        x += w;
      }
      long all = e.getValue()[0] + e.getValue()[1] + e.getValue()[2];
      String share = all == 0 ? "—" : String.format(Locale.ROOT, "%.0f%%", 100.0 * e.getValue()[0] / all);
      s.append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 13).append("\">").append(share).append("</text>\n");
      y += 24;
    }
    legend(s, texts, COMPLIANCE_SERIES, COMPLIANCE_COLOURS, y + 16);
    s.append("</svg>\n");
  }

  private static void axis(StringBuilder s, long max, int base, int width) {
    s.append("<line x1=\"50\" y1=\"").append(base).append("\" x2=\"").append(width - 10).append("\" y2=\"").append(base)
        .append("\" stroke=\"#555\"/>\n");
    s.append("<text x=\"4\" y=\"").append(base - 176).append("\">").append(max).append("</text>\n");
    s.append("<text x=\"4\" y=\"").append(base).append("\">0</text>\n");
  }

  private static void legend(StringBuilder s, Texts texts, String[] series, String[] colours, int y) {
    int x = 60;
    for (int i = 0; i < series.length; i++) {
      String label = HTML.escape(texts.get("report.series." + series[i]));
      s.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10).append("\" width=\"10\" height=\"10\" fill=\"")
          .append(colours[i]).append("\"/><text x=\"").append(x + 14).append("\" y=\"").append(y).append("\">").append(label)
          .append("</text>\n");
      x += 14 + 14 * label.length() + 20;
    }
  }
}
