package org.creditgov.rules.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.Schemas;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.RemovalReason;
import org.creditgov.rules.designation.Timeliness;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.DesignationGenerators.Sequence;
import org.creditgov.testkit.DesignationGenerators.Step;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The oversight figures (OPS-2): over generated event histories (the events a designation service
 * really appends, spread over departments, with every timeliness) and generated repair steps, the
 * collector's figures equal a straightforward recount; and the CSV and JSON exports hold them.
 */
class OversightReportTest {

  private static final String[] DEPARTMENTS = {"青铜峡市市场监督管理局", "青铜峡市应急管理局", "吴忠市税务局"};

  /** A generated history: events of real designations, each moved to a random department and timeliness. */
  private record History(List<DesignationEvent> events, List<RepairStep> repairs) {}

  private static History history(long seed) {
    SplittableRandom r = Seeds.random(seed);
    Sequence s = DesignationGenerators.sequence(r, 4, 60);
    TestClock clock = TestClock.at(s.steps().get(0).today());
    DesignationStore store = DesignationStore.inMemory();
    DesignationService service = DesignationService.builder().store(store)
        .clock(clock).listTypes(s.listTypes()).build();
    ImmutableList<DesignationId> ids = DesignationGenerators.ids(4);
    for (Step step : s.steps()) {
      clock.set(step.today());
      if (step.command() instanceof DesignationCommand.Propose p) {
        CommandResultIgnored.ignore(service.propose(p));
      } else {
        DesignationId id = ids.get(step.target());
        CommandResultIgnored.ignore(service.execute(id, Math.max(1, store.load(id).size()), step.command()));
      }
    }
    List<DesignationEvent> events = new ArrayList<>();
    ids.forEach(id -> store.load(id).forEach(e -> events.add(moved(e, r))));
    List<RepairStep> repairs = new ArrayList<>();
    for (int i = r.nextInt(40); i > 0; i--) {
      String dept = DEPARTMENTS[r.nextInt(DEPARTMENTS.length)];
      LocalDate on = DesignationGenerators.date(r, LocalDate.of(2021, 1, 1), 5 * 365);
      RepairStep.Kind kind = RepairStep.Kind.values()[r.nextInt(RepairStep.Kind.values().length)];
      repairs.add(kind == RepairStep.Kind.APPLIED ? RepairStep.applied(dept, on)
          : r.nextInt(3) == 0 ? RepairStep.overdue(dept, on, kind, r.nextInt(30))
          : RepairStep.of(dept, on, kind, r.nextBoolean() ? Timeliness.ON_TIME : Timeliness.NOT_COMPUTABLE));
    }
    return new History(events, repairs);
  }

  /** Keeps results the test does not look at. */
  private static final class CommandResultIgnored {
    static void ignore(Object result) {
      assertThat(result).isNotNull();
    }
  }

  private static DesignationEvent moved(DesignationEvent e, SplittableRandom r) {
    Actor a = Actor.of(DEPARTMENTS[r.nextInt(DEPARTMENTS.length)], e.actor().officerId(), e.actor().jurisdiction());
    Timeliness t = Timeliness.values()[r.nextInt(3)];
    OptionalInt late = t == Timeliness.OVERDUE ? OptionalInt.of(r.nextInt(20)) : OptionalInt.empty();
    if (e instanceof DesignationEvent.Proposed p) {
      return DesignationEvent.Proposed.builder().from(p).actor(a).build();
    } else if (e instanceof DesignationEvent.NoticeServed n) {
      return DesignationEvent.NoticeServed.builder().from(n).actor(a).timeliness(t).workingDaysLate(late).build();
    } else if (e instanceof DesignationEvent.ObjectionWaived w) {
      return DesignationEvent.ObjectionWaived.builder().from(w).actor(a).build();
    } else if (e instanceof DesignationEvent.ObjectionFiled f) {
      return DesignationEvent.ObjectionFiled.builder().from(f).actor(a).build();
    } else if (e instanceof DesignationEvent.ObjectionAnswered o) {
      return DesignationEvent.ObjectionAnswered.builder().from(o).actor(a).timeliness(t).workingDaysLate(late).build();
    } else if (e instanceof DesignationEvent.Withdrawn w) {
      return DesignationEvent.Withdrawn.builder().from(w).actor(a).build();
    } else if (e instanceof DesignationEvent.Listed l) {
      return DesignationEvent.Listed.builder().from(l).actor(a).build();
    }
    return DesignationEvent.Removed.builder().from((DesignationEvent.Removed) e).actor(a).build();
  }

  private static <T> long count(List<T> xs, Predicate<? super T> p) {
    return xs.stream().filter(p).count();
  }

  /** The compliance of {@code kind}, recounted from the steps that keep it. */
  private static Compliance recount(List<Timeliness> ts, List<OptionalInt> late) {
    long sum = 0;
    long max = 0;
    for (OptionalInt l : late) {
      sum += l.orElse(0);
      max = Math.max(max, l.orElse(0));
    }
    return new Compliance(ts.stream().filter(t -> t == Timeliness.ON_TIME).count(),
        ts.stream().filter(t -> t == Timeliness.OVERDUE).count(), sum, max,
        ts.stream().filter(t -> t == Timeliness.NOT_COMPUTABLE).count());
  }

  @Test
  void ops2_theFiguresEqualAStraightforwardRecountOverGeneratedHistories() {
    int[] rows = new int[1];
    Seeds.forEachSeed(40, seed -> {
      History h = history(seed);
      ReportingPeriod period = ReportingPeriod.values()[(int) Math.floorMod(seed, 3L)];
      OversightCollector c = OversightCollector.by(period);
      h.events().forEach(c::add);
      h.repairs().forEach(c::add);
      OversightReport report = c.report();

      Set<String> keys = new LinkedHashSet<>();
      h.events().forEach(e -> keys.add(e.actor().department() + "|" + period.startOf(e.on())));
      h.repairs().forEach(s -> keys.add(s.department() + "|" + period.startOf(s.on())));
      assertThat(report.figures()).hasSize(keys.size());
      for (Figures f : report.figures()) {
        rows[0]++;
        assertThat(keys).contains(f.department() + "|" + f.from());
        List<DesignationEvent> es = h.events().stream()
            .filter(e -> e.actor().department().equals(f.department()) && !e.on().isBefore(f.from()) && !e.on().isAfter(f.lastDay()))
            .toList();
        List<RepairStep> rs = h.repairs().stream()
            .filter(s -> s.department().equals(f.department()) && !s.on().isBefore(f.from()) && !s.on().isAfter(f.lastDay()))
            .toList();
        assertThat(f.proposals()).isEqualTo(count(es, e -> e instanceof DesignationEvent.Proposed));
        assertThat(f.listings()).isEqualTo(count(es, e -> e instanceof DesignationEvent.Listed));
        assertThat(f.objectionsFiled()).isEqualTo(count(es, e -> e instanceof DesignationEvent.ObjectionFiled));
        assertThat(f.objectionsWaived()).isEqualTo(count(es, e -> e instanceof DesignationEvent.ObjectionWaived));
        assertThat(f.objectionsAnswered()).isEqualTo(count(es, e -> e instanceof DesignationEvent.ObjectionAnswered));
        assertThat(f.objectionsUpheld()).isEqualTo(count(es, e -> e instanceof DesignationEvent.ObjectionAnswered a && a.upheld()));
        assertThat(f.withdrawals()).isEqualTo(count(es, e -> e instanceof DesignationEvent.Withdrawn));
        for (RemovalReason reason : RemovalReason.values()) {
          assertThat(f.removals(reason)).isEqualTo(count(es, e -> e instanceof DesignationEvent.Removed m && m.reason() == reason));
        }
        assertThat(f.repairApplications()).isEqualTo(count(rs, s -> s.kind() == RepairStep.Kind.APPLIED));
        assertThat(f.repairsAccepted()).isEqualTo(count(rs, s -> s.kind() == RepairStep.Kind.ACCEPTED));
        assertThat(f.repairsRejected()).isEqualTo(count(rs, s -> s.kind() == RepairStep.Kind.REJECTED));
        assertThat(f.repairsApproved()).isEqualTo(count(rs, s -> s.kind() == RepairStep.Kind.APPROVED));
        assertThat(f.repairsRefused()).isEqualTo(count(rs, s -> s.kind() == RepairStep.Kind.REFUSED));
        List<DesignationEvent.NoticeServed> notices = es.stream()
            .filter(e -> e instanceof DesignationEvent.NoticeServed).map(e -> (DesignationEvent.NoticeServed) e).toList();
        assertThat(f.deadline(DeadlineKind.NOTICE)).isEqualTo(recount(
            notices.stream().map(DesignationEvent.NoticeServed::timeliness).toList(),
            notices.stream().map(DesignationEvent.NoticeServed::workingDaysLate).toList()));
        List<DesignationEvent.ObjectionAnswered> answers = es.stream()
            .filter(e -> e instanceof DesignationEvent.ObjectionAnswered).map(e -> (DesignationEvent.ObjectionAnswered) e).toList();
        assertThat(f.deadline(DeadlineKind.OBJECTION_ANSWER)).isEqualTo(recount(
            answers.stream().map(DesignationEvent.ObjectionAnswered::timeliness).toList(),
            answers.stream().map(DesignationEvent.ObjectionAnswered::workingDaysLate).toList()));
        for (DeadlineKind k : List.of(DeadlineKind.REPAIR_ACCEPTANCE, DeadlineKind.REPAIR_DECISION)) {
          List<RepairStep> kept = rs.stream().filter(s -> s.kind().deadline().equals(java.util.Optional.of(k))).toList();
          assertThat(f.deadline(k)).isEqualTo(recount(kept.stream().map(s -> s.timeliness().orElseThrow()).toList(),
              kept.stream().map(RepairStep::workingDaysLate).toList()));
        }
      }
      // collected in two halves and merged, the same figures
      OversightCollector a = OversightCollector.by(period);
      OversightCollector b = OversightCollector.by(period);
      for (int i = 0; i < h.events().size(); i++) {
        (i % 2 == 0 ? a : b).add(h.events().get(i));
      }
      h.repairs().forEach(b::add);
      assertThat(a.merge(b).report()).isEqualTo(report);
    });
    assertThat(rows[0]).isGreaterThan(200);
  }

  @Test
  void ops2_theCsvAndJsonExportsHoldEveryFigure() throws IOException {
    OversightCollector c = OversightCollector.by(ReportingPeriod.QUARTER);
    History h = history(3);
    h.events().forEach(c::add);
    h.repairs().forEach(c::add);
    c.add(RepairStep.applied("某局, \"逗号\"与引号", LocalDate.of(2026, 3, 31)));
    OversightReport report = c.report();

    String json = OversightJson.FORM.encode(report);
    assertThat(Schemas.bundled().validate(JsonDocument.parse(json, "o.json"), OversightJson.FORM.schema())).as(json).isEmpty();
    assertThat(OversightJson.FORM.decode(json)).isEqualTo(report);
    assertThat(OversightJson.FORM.encode(OversightJson.FORM.decode(json))).isEqualTo(json);

    String csv = report.toCsv();
    try (CSVParser p = CSVParser.parse(new StringReader(csv),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(p.getHeaderNames()).containsExactlyElementsOf(OversightReport.csvHeader());
      List<CSVRecord> records = p.getRecords();
      assertThat(records).hasSize(report.figures().size());
      for (int i = 0; i < records.size(); i++) {
        List<Object> expected = OversightReport.csvRow(report.figures().get(i));
        assertThat(records.get(i).values()).containsExactlyElementsOf(expected.stream().map(String::valueOf).toList());
      }
    }
    assertThat(csv).contains("\"某局, \"\"逗号\"\"与引号\",2026-01-01,2026-03-31,");

    // the clerk's CSV: the same rows under Chinese headings, one per machine key, none repeated
    String zh = report.toCsvZh();
    assertThat(OversightReport.csvHeaderZh()).hasSameSizeAs(OversightReport.csvHeader()).doesNotHaveDuplicates()
        .contains("部门", "列入名单", "移出名单（信用修复）", "告知：按期", "修复决定：期限无法计算")
        .allSatisfy(heading -> assertThat(heading).doesNotContainPattern("[A-Za-z]"));
    assertThat(zh.substring(zh.indexOf("\r\n"))).isEqualTo(csv.substring(csv.indexOf("\r\n")));
  }

  @Test
  void ops2_periodsAreCalendarMonthsQuartersAndYears() {
    LocalDate d = LocalDate.of(2026, 8, 17);
    assertThat(ReportingPeriod.MONTH.startOf(d)).isEqualTo(LocalDate.of(2026, 8, 1));
    assertThat(ReportingPeriod.MONTH.lastDayFrom(LocalDate.of(2024, 2, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(ReportingPeriod.QUARTER.startOf(d)).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(ReportingPeriod.QUARTER.lastDayFrom(LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(ReportingPeriod.QUARTER.startOf(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(ReportingPeriod.YEAR.startOf(d)).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(ReportingPeriod.YEAR.lastDayFrom(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void ops2_aRepairStepSaysWhetherItKeptItsDeadlineExactlyWhenItHasOne() {
    LocalDate on = LocalDate.of(2026, 5, 6);
    assertThatThrownBy(() -> new RepairStep("局", on, RepairStep.Kind.APPLIED, java.util.Optional.of(Timeliness.ON_TIME),
        OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RepairStep("局", on, RepairStep.Kind.APPROVED, java.util.Optional.empty(),
        OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RepairStep.of("局", on, RepairStep.Kind.APPROVED, Timeliness.OVERDUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RepairStep.overdue("局", on, RepairStep.Kind.ACCEPTED, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RepairStep.applied(" ", on)).isInstanceOf(IllegalArgumentException.class);
    OversightReport r = OversightCollector.by(ReportingPeriod.MONTH).add(RepairStep.overdue("局", on, RepairStep.Kind.ACCEPTED, 4))
        .add(RepairStep.overdue("局", on, RepairStep.Kind.REJECTED, 2)).add(RepairStep.of("局", on, RepairStep.Kind.APPROVED,
            Timeliness.NOT_COMPUTABLE)).report();
    Figures f = r.figures("局", on).orElseThrow();
    assertThat(f.deadline(DeadlineKind.REPAIR_ACCEPTANCE)).isEqualTo(new Compliance(0, 2, 6, 4, 0));
    assertThat(f.deadline(DeadlineKind.REPAIR_DECISION)).isEqualTo(new Compliance(0, 0, 0, 0, 1));
    assertThat(f.repairsAccepted() + f.repairsRejected() + f.repairsApproved()).isEqualTo(3);
    assertThat(r.figures("局", on.plusMonths(1))).isEmpty();
  }
}
