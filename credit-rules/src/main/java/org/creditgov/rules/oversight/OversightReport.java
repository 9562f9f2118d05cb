package org.creditgov.rules.oversight;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.creditgov.rules.designation.RemovalReason;

/**
 * The oversight figures (OPS-2): for each department and reporting period that saw a step, what was
 * done and how each working-day deadline was kept ({@link Figures}), as counted by an {@link
 * OversightCollector}. Exported as CSV ({@link #toCsv()}, Apache Commons CSV) and as the canonical
 * form {@code creditgov-oversight-report/1} ({@link OversightJson}).
 *
 * @param period the length of the periods
 * @param figures the figures, by department then period
 */
public record OversightReport(ReportingPeriod period, ImmutableList<Figures> figures) {

  /**
   * A report; see the record components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a row's period is not one of {@code period}, or two rows
   *     are of one department and period, or the rows are not in order
   */
  public OversightReport {
    requireNonNull(period, "period");
    requireNonNull(figures, "figures");
    Figures previous = null;
    for (Figures f : figures) {
      if (!period.startOf(f.from()).equals(f.from()) || !period.lastDayFrom(f.from()).equals(f.lastDay())) {
        throw new IllegalArgumentException("a row's period is not a " + period.nameEn() + ": " + f.from() + " to " + f.lastDay());
      }
      if (previous != null) {
        int c = previous.department().compareTo(f.department());
        if (c > 0 || c == 0 && !previous.from().isBefore(f.from())) {
          throw new IllegalArgumentException("rows are by department then period, each once");
        }
      }
      previous = f;
    }
  }

  /** The figures of {@code department} in the period that holds {@code date}, if it saw a step. */
  public Optional<Figures> figures(String department, LocalDate date) {
    requireNonNull(department, "department");
    LocalDate from = period.startOf(requireNonNull(date, "date"));
    return figures.stream().filter(f -> f.department().equals(department) && f.from().equals(from)).findFirst();
  }

  /** The counted columns before the removals: CSV key and the clerk's heading. */
  private static final ImmutableList<String[]> COUNTS = ImmutableList.of(
      new String[] {"department", "部门"}, new String[] {"from", "期间起"}, new String[] {"lastDay", "期间止"},
      new String[] {"proposals", "拟列入"}, new String[] {"listings", "列入名单"},
      new String[] {"objectionsFiled", "提出异议"}, new String[] {"objectionsWaived", "书面放弃异议"},
      new String[] {"objectionsAnswered", "异议已答复"}, new String[] {"objectionsUpheld", "异议成立"},
      new String[] {"withdrawals", "撤回"}, new String[] {"repairApplications", "修复申请"},
      new String[] {"repairsAccepted", "修复受理"}, new String[] {"repairsRejected", "修复不予受理"},
      new String[] {"repairsApproved", "修复通过"}, new String[] {"repairsRefused", "修复不予通过"});

  /** The four figures of each deadline kind: CSV key suffix and the clerk's heading suffix. */
  private static final ImmutableList<String[]> COMPLIANCE = ImmutableList.of(
      new String[] {"onTime", "按期"}, new String[] {"overdue", "逾期"},
      new String[] {"workingDaysLate", "逾期工作日合计"}, new String[] {"maxWorkingDaysLate", "最长逾期工作日"},
      new String[] {"notComputable", "期限无法计算"});

  /**
   * The CSV columns, in order: department, period, the counts, removals by reason, then five per
   * deadline kind; machine keys such as {@code removed.REPAIRED} and {@code NOTICE.onTime}.
   */
  public static ImmutableList<String> csvHeader() {
    return header(false);
  }

  /**
   * The same columns headed for a clerk in Chinese (OPS-2), such as {@code 部门}, {@code 移出名单（信用修复）}
   * and {@code 告知：按期}, in the order of {@link #csvHeader()}.
   */
  public static ImmutableList<String> csvHeaderZh() {
    return header(true);
  }

  private static ImmutableList<String> header(boolean zh) {
    List<String> h = new ArrayList<>();
    for (String[] c : COUNTS) {
      h.add(zh ? c[1] : c[0]);
    }
    for (RemovalReason r : RemovalReason.values()) {
      h.add(zh ? "移出名单（" + r.nameZh() + "）" : "removed." + r.name());
    }
    for (DeadlineKind k : DeadlineKind.values()) {
      for (String[] c : COMPLIANCE) {
        h.add(zh ? k.nameZh() + "：" + c[1] : k.name() + "." + c[0]);
      }
    }
    return ImmutableList.copyOf(h);
  }

  /** The values of one row, in the order of {@link #csvHeader()}. */
  static List<Object> csvRow(Figures f) {
    List<Object> row = new ArrayList<>(List.of(f.department(), f.from(), f.lastDay(), f.proposals(), f.listings(),
        f.objectionsFiled(), f.objectionsWaived(), f.objectionsAnswered(), f.objectionsUpheld(), f.withdrawals(),
        f.repairApplications(), f.repairsAccepted(), f.repairsRejected(), f.repairsApproved(), f.repairsRefused()));
    for (RemovalReason r : RemovalReason.values()) {
      row.add(f.removals(r));
    }
    for (DeadlineKind k : DeadlineKind.values()) {
      Compliance c = f.deadline(k);
      row.addAll(List.of(c.onTime(), c.overdue(), c.workingDaysLate(), c.maxWorkingDaysLate(), c.notComputable()));
    }
    return row;
  }

  /**
   * The figures as CSV (RFC 4180, CRLF line ends): a header of {@link #csvHeader()}, then one row
   * per department and period, dates {@code YYYY-MM-DD}.
   */
  public String toCsv() {
    return csv(csvHeader());
  }

  /**
   * The same CSV headed in Chinese ({@link #csvHeaderZh()}), for a clerk's spreadsheet; the rows
   * are those of {@link #toCsv()}.
   */
  public String toCsvZh() {
    return csv(csvHeaderZh());
  }

  private String csv(List<String> header) {
    StringBuilder out = new StringBuilder(256 + 128 * figures.size());
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
      for (Figures f : figures) {
        p.printRecord(csvRow(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString();
  }
}
