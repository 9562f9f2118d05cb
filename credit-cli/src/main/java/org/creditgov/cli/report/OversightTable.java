package org.creditgov.cli.report;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.creditgov.rules.designation.RemovalReason;
import org.creditgov.rules.oversight.DeadlineKind;
import org.creditgov.rules.oversight.OversightReport;

/**
 * The oversight figures as a table (OPS-2): the rows of {@link OversightReport#toCsv()} — the
 * library's own columns and values — under a header that names each column in Chinese beside its
 * key ({@code 部门/department}, {@code 列入/listings}, {@code 告知按期/NOTICE.onTime} …). The CSV
 * file and the HTML page's table are both this table.
 */
final class OversightTable {

  private final ImmutableList<String> header;
  private final ImmutableList<ImmutableList<String>> rows;

  private OversightTable(ImmutableList<String> header, ImmutableList<ImmutableList<String>> rows) {
    this.header = header;
    this.rows = rows;
  }

  /** The table of {@code report}. */
  static OversightTable of(OversightReport report) {
    List<String> keys = OversightReport.csvHeader();
    ImmutableList.Builder<String> h = ImmutableList.builder();
    keys.forEach(k -> h.add(zh(k) + "/" + k));
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    try (CSVParser p = CSVParser.parse(new StringReader(report.toCsv()),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord r : p) {
        rows.add(ImmutableList.copyOf(r.values()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string does not fail
    }
    return new OversightTable(h.build(), rows.build());
  }

  ImmutableList<String> header() {
    return header;
  }

  ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /** The table as CSV (RFC 4180). */
  String csv() {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
      p.printRecord(header);
      for (List<String> r : rows) {
        p.printRecord(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The Chinese name of a column key of {@link OversightReport#csvHeader()}. */
  static String zh(String key) {
    if (key.startsWith("removed.")) {
      return "移出（" + RemovalReason.valueOf(key.substring("removed.".length())).nameZh() + "）";
    }
    int dot = key.indexOf('.');
    if (dot > 0) {
      DeadlineKind kind = DeadlineKind.valueOf(key.substring(0, dot));
      return kind.nameZh() + switch (key.substring(dot + 1)) {
        case "onTime" -> "按期";
        case "overdue" -> "逾期";
        case "workingDaysLate" -> "逾期工作日合计";
        case "maxWorkingDaysLate" -> "最长逾期工作日";
        case "notComputable" -> "无法计算期限";
        default -> throw new IllegalArgumentException("a column this version does not know: " + key);
      };
    }
    return switch (key) {
      case "department" -> "部门";
      case "from" -> "起始日";
      case "lastDay" -> "截止日";
      case "proposals" -> "拟列入";
      case "listings" -> "列入";
      case "objectionsFiled" -> "异议申请";
      case "objectionsWaived" -> "放弃异议";
      case "objectionsAnswered" -> "异议答复";
      case "objectionsUpheld" -> "异议成立";
      case "withdrawals" -> "撤回";
      case "repairApplications" -> "修复申请";
      case "repairsAccepted" -> "修复受理";
      case "repairsRejected" -> "修复不予受理";
      case "repairsApproved" -> "修复同意";
      case "repairsRefused" -> "修复不同意";
      default -> throw new IllegalArgumentException("a column this version does not know: " + key);
    };
  }
}
