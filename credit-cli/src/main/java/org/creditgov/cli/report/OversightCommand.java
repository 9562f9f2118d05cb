package org.creditgov.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.creditgov.cli.Arguments;
import org.creditgov.cli.Env;
import org.creditgov.cli.Exit;
import org.creditgov.cli.Texts;
import org.creditgov.cli.UsageProblem;
import org.creditgov.cli.files.AtomicOutput;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.oversight.OversightCollector;
import org.creditgov.rules.oversight.OversightJson;
import org.creditgov.rules.oversight.OversightReport;
import org.creditgov.rules.oversight.ReportingPeriod;
import org.creditgov.rules.oversight.RepairStep;
import org.creditgov.rules.repair.RepairEvent;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credit report oversight --events events.jsonl --from 2026-01-01 --to 2026-12-31 --csv
 * f.csv --json f.json --html report.html} (OPS-2): the oversight figures of every department for
 * the steps taken in the period — proposals, listings, objections, withdrawals, removals, repairs,
 * and how each working-day deadline was kept — counted by the library's {@link
 * OversightCollector} from exported events or the embedded database ({@link EventSource}), by month (or {@code --period
 * quarter|year}); a summary on standard output, and each file written whole or not at all.
 */
@Command(name = "oversight", sortOptions = false, usageHelpAutoWidth = true)
public final class OversightCommand implements Callable<Integer> {

  private final Env env;

  @Option(names = "--events", paramLabel = "<events.jsonl>", descriptionKey = "report.events")
  @Nullable Path events;

  @Option(names = "--database", paramLabel = "<directory>", descriptionKey = "report.database")
  @Nullable Path database;

  @Option(names = "--from", required = true, paramLabel = "<date>", descriptionKey = "report.from")
  @Nullable String from;

  @Option(names = "--to", required = true, paramLabel = "<date>", descriptionKey = "report.to")
  @Nullable String to;

  @Option(names = "--period", defaultValue = "month", paramLabel = "month|quarter|year", descriptionKey = "report.period")
  String period = "month";

  @Option(names = "--csv", paramLabel = "<file.csv>", descriptionKey = "report.csv")
  @Nullable Path csv;

  @Option(names = "--json", paramLabel = "<file.json>", descriptionKey = "report.json")
  @Nullable Path json;

  @Option(names = "--html", paramLabel = "<report.html>", descriptionKey = "report.html")
  @Nullable Path html;

  /** The command, run in {@code env}. */
  public OversightCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Texts texts = env.texts();
    LocalDate first = Arguments.date(java.util.Objects.requireNonNull(from), texts);
    LocalDate last = Arguments.date(java.util.Objects.requireNonNull(to), texts);
    if (last.isBefore(first)) {
      throw new UsageProblem(texts.get("report.backwards"));
    }
    ReportingPeriod by;
    try {
      by = ReportingPeriod.valueOf(period.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageProblem(texts.get("report.badPeriod", period));
    }
    if ((events == null) == (database == null)) {
      throw new UsageProblem(texts.get("report.oneSource"));
    }
    EventSource source = events != null ? EventFile.of(events) : EventDatabase.in(java.util.Objects.requireNonNull(database));
    Reports reports = collect(source, by, first, last);
    OversightTable table = OversightTable.of(reports.chosen());
    if (csv != null) {
      write(csv, table.csv());
    }
    if (json != null) {
      write(json, OversightJson.FORM.encode(reports.chosen()) + "\n");
    }
    if (html != null) {
      write(html, OversightPage.html(texts, reports.monthly(), table, first, last));
    }
    summary(texts, reports.chosen(), first, last);
    return Exit.OK;
  }

  /** The figures by the chosen period and by month (the charts), from the same events. */
  record Reports(OversightReport chosen, OversightReport monthly) {}

  /**
   * Counts the events of {@code source} whose step was taken from {@code first} to {@code last}.
   *
   * @throws IOException if the events cannot be read
   */
  static Reports collect(EventSource source, ReportingPeriod by, LocalDate first, LocalDate last) throws IOException {
    OversightCollector chosen = OversightCollector.by(by);
    OversightCollector monthly = by == ReportingPeriod.MONTH ? chosen : OversightCollector.by(ReportingPeriod.MONTH);
    source.forEach(new EventSource.Visitor() {
      @Override
      public void designation(DesignationEvent event) {
        if (!event.on().isBefore(first) && !event.on().isAfter(last)) {
          chosen.add(event);
          if (monthly != chosen) {
            monthly.add(event);
          }
        }
      }

      @Override
      public void repair(RepairEvent event) {
        RepairStep.of(event).filter(s -> !s.on().isBefore(first) && !s.on().isAfter(last)).ifPresent(s -> {
          chosen.add(s);
          if (monthly != chosen) {
            monthly.add(s);
          }
        });
      }
    });
    OversightReport c = chosen.report();
    return new Reports(c, monthly == chosen ? c : monthly.report());
  }

  private static void write(Path file, String content) throws IOException {
    try (AtomicOutput out = AtomicOutput.create(file)) {
      OutputStream s = out.stream();
      s.write(content.getBytes(StandardCharsets.UTF_8));
      out.commit();
    }
  }

  private void summary(Texts texts, OversightReport report, LocalDate first, LocalDate last) {
    env.out().println(texts.get("report.summary", first, last, texts.name(report.period()), report.figures().size()));
    String row = "%-24s %8s %8s %8s %8s %8s %8s%n";
    env.out().printf(row, texts.get("report.col.department"), texts.get("report.series.listings"),
        texts.get("report.series.objectionsFiled"), texts.get("report.series.repairApplications"),
        texts.get("report.series.onTime"), texts.get("report.series.overdue"), texts.get("report.series.notComputable"));
    Totals.byDepartment(report).forEach((d, v) -> env.out().printf(row, d, v.listings(), v.objectionsFiled(),
        v.repairApplications(), v.onTime(), v.overdue(), v.notComputable()));
  }
}
