package org.creditgov.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.creditgov.cli.Cli;
import org.creditgov.cli.Exit;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.json.DesignationJson;
import org.creditgov.rules.oversight.DeadlineKind;
import org.creditgov.rules.oversight.OversightCollector;
import org.creditgov.rules.oversight.OversightJson;
import org.creditgov.rules.oversight.OversightReport;
import org.creditgov.rules.oversight.ReportingPeriod;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.creditgov.store.jdbc.JdbcStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code credit report oversight} (OPS-2), over the events a designation service really appends:
 * the JSON is the library's report of the events in the period, the CSV its rows under the
 * bilingual header, and the HTML page parses with SVG charts whose every bar matches the CSV.
 */
class OversightCommandTest {

  @TempDir
  Path dir;

  private static List<DesignationEvent> events(long seed) {
    SplittableRandom r = Seeds.random(seed);
    DesignationGenerators.Sequence s = DesignationGenerators.sequence(r, 6, 80);
    TestClock clock = TestClock.at(s.steps().get(0).today());
    DesignationStore store = DesignationStore.inMemory();
    DesignationService service = DesignationService.builder().store(store)
        .clock(clock).listTypes(s.listTypes()).build();
    ImmutableList<DesignationId> ids = DesignationGenerators.ids(6);
    for (DesignationGenerators.Step step : s.steps()) {
      clock.set(step.today());
      if (step.command() instanceof DesignationCommand.Propose p) {
        assertThat(service.propose(p)).isNotNull();
      } else {
        DesignationId id = ids.get(step.target());
        assertThat(service.execute(id, Math.max(1, store.load(id).size()), step.command())).isNotNull();
      }
    }
    List<DesignationEvent> events = new ArrayList<>();
    ids.forEach(id -> events.addAll(store.load(id)));
    return events;
  }

  @Test
  void csvJsonAndTheChartsOfThePageAgree() {
    Seeds.forEachSeed(4, seed -> {
      List<DesignationEvent> events = events(seed);
      assertThat(events).isNotEmpty();
      Path file = dir.resolve("events-" + seed + ".jsonl");
      Files.write(file, events.stream().map(DesignationJson.EVENT::encode).toList(), StandardCharsets.UTF_8);
      LocalDate first = events.stream().map(DesignationEvent::on).min(Comparator.naturalOrder()).orElseThrow().plusDays(10);
      LocalDate last = events.stream().map(DesignationEvent::on).max(Comparator.naturalOrder()).orElseThrow();
      Path csv = dir.resolve("f-" + seed + ".csv");
      Path json = dir.resolve("f-" + seed + ".json");
      Path html = dir.resolve("r-" + seed + ".html");
      Cli.Run run = Cli.run(Locale.SIMPLIFIED_CHINESE, "", "report", "oversight", "--events", file.toString(), "--from",
          first.toString(), "--to", last.toString(), "--csv", csv.toString(), "--json", json.toString(), "--html", html.toString());
      assertThat(run.code()).as(run.all()).isEqualTo(Exit.OK);

      OversightCollector c = OversightCollector.by(ReportingPeriod.MONTH);
      events.stream().filter(e -> !e.on().isBefore(first) && !e.on().isAfter(last)).forEach(c::add);
      OversightReport expected = c.report();
      assertThat(Files.readString(json, StandardCharsets.UTF_8).strip()).isEqualTo(OversightJson.FORM.encode(expected));

      List<CSVRecord> rows;
      try (CSVParser p = CSVParser.parse(new StringReader(Files.readString(csv, StandardCharsets.UTF_8)), CSVFormat.RFC4180)) {
        rows = p.getRecords();
      }
      List<String> keys = OversightReport.csvHeader();
      assertThat(rows.get(0).get(0)).isEqualTo("部门/department");
      assertThat(rows.get(0).get(4)).isEqualTo("列入/listings");
      for (int i = 0; i < keys.size(); i++) {
        assertThat(rows.get(0).get(i)).endsWith("/" + keys.get(i));
      }
      assertThat(rows).hasSize(expected.figures().size() + 1);

      Document page = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
      assertThat(page.select("script, link, img, iframe, [src], [href]")).isEmpty();
      assertThat(page.select("svg")).hasSize(2);
      // every monthly bar: the sum over the CSV's rows of that month
      Map<String, Long> sums = new HashMap<>();
      for (CSVRecord r : rows.subList(1, rows.size())) {
        String month = YearMonth.from(LocalDate.parse(r.get(keys.indexOf("from")))).toString();
        for (String series : List.of("listings", "objectionsFiled", "repairApplications")) {
          sums.merge(month + "|" + series, Long.parseLong(r.get(keys.indexOf(series))), Long::sum);
        }
        for (String series : List.of("onTime", "overdue", "notComputable")) {
          long all = 0;
          for (DeadlineKind k : DeadlineKind.values()) {
            all += Long.parseLong(r.get(keys.indexOf(k.name() + "." + series)));
          }
          sums.merge(r.get(0) + "|" + series, all, Long::sum);
        }
      }
      List<Element> monthly = page.select("svg#monthly rect.bar");
      assertThat(monthly).hasSize(3 * (int) (YearMonth.from(first).until(YearMonth.from(last), java.time.temporal.ChronoUnit.MONTHS) + 1));
      for (Element bar : monthly) {
        assertThat(Long.parseLong(bar.attr("data-value"))).as(bar.outerHtml())
            .isEqualTo(sums.getOrDefault(bar.attr("data-month") + "|" + bar.attr("data-series"), 0L));
      }
      List<Element> compliance = page.select("svg#compliance rect.bar");
      assertThat(compliance).isNotEmpty();
      for (Element bar : compliance) {
        assertThat(Long.parseLong(bar.attr("data-value"))).as(bar.outerHtml())
            .isEqualTo(sums.get(bar.attr("data-department") + "|" + bar.attr("data-series")));
      }
      assertThat(page.select("table#figures tr")).hasSize(rows.size());
    });
  }

  /** The same events read from the embedded database give the same figures as from the exported file. */
  @Test
  void theEmbeddedDatabaseGivesTheFiguresOfTheExportedFile() throws Exception {
    List<DesignationEvent> events = events(11);
    Path file = dir.resolve("events.jsonl");
    Files.write(file, events.stream().map(DesignationJson.EVENT::encode).toList(), StandardCharsets.UTF_8);
    Path database = dir.resolve("db");
    try (JdbcStores stores = JdbcStores.embedded(database).clock(TestClock.at(LocalDate.of(2026, 1, 1)))
        .listTypes(DesignationGenerators.sequence(Seeds.random(11), 6, 80).listTypes()).build()) {
      stores.migrate();
      java.util.Map<DesignationId, List<DesignationEvent>> byId = new java.util.LinkedHashMap<>();
      events.forEach(e -> byId.computeIfAbsent(e.designationId(), k -> new ArrayList<>()).add(e));
      byId.forEach((id, history) -> assertThat(stores.designations().append(id, 0, history, List.of()))
          .isInstanceOf(org.creditgov.rules.procedure.AppendResult.Appended.class));
    }
    Path fromFile = dir.resolve("file.json");
    Path fromDatabase = dir.resolve("database.json");
    assertThat(Cli.run("report", "oversight", "--events", file.toString(), "--from", "2020-01-01", "--to", "2030-12-31",
        "--json", fromFile.toString()).code()).isEqualTo(Exit.OK);
    Cli.Run run = Cli.run("report", "oversight", "--database", database.toString(), "--from", "2020-01-01", "--to",
        "2030-12-31", "--json", fromDatabase.toString());
    assertThat(run.code()).as(run.all()).isEqualTo(Exit.OK);
    assertThat(Files.readString(fromDatabase, StandardCharsets.UTF_8)).isEqualTo(Files.readString(fromFile, StandardCharsets.UTF_8));
    assertThat(Cli.run("report", "oversight", "--from", "2020-01-01", "--to", "2030-12-31").code()).isEqualTo(Exit.USAGE);
    assertThat(Cli.run("report", "oversight", "--database", dir.resolve("nothing-here").toString(), "--from", "2020-01-01",
        "--to", "2030-12-31").code()).isEqualTo(Exit.IO);
  }

  @Test
  void aBrokenEventLineIsReportedByLineAndNothingIsWritten() throws Exception {
    List<DesignationEvent> events = events(3);
    List<String> lines = new ArrayList<>(events.stream().map(DesignationJson.EVENT::encode).toList());
    lines.add(2, "{\"format\":\"creditgov-designation-event/1\",\"type\":\"PROPOSED\"}");
    Path file = dir.resolve("events.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    Path csv = dir.resolve("f.csv");
    Cli.Run run = Cli.run("report", "oversight", "--events", file.toString(), "--from", "2020-01-01", "--to", "2030-12-31",
        "--csv", csv.toString());
    assertThat(run.code()).isEqualTo(Exit.FINDINGS);
    assertThat(run.err()).contains("events.jsonl:3");
    assertThat(csv).doesNotExist();
    assertThat(Cli.run("report", "oversight", "--events", file.toString(), "--from", "2026-02-01", "--to", "2026-01-01").code())
        .isEqualTo(Exit.USAGE);
  }
}
