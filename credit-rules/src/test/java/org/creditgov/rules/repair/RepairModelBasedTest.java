package org.creditgov.rules.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgov.rules.repair.RepairFixtures.COMPANY;
import static org.creditgov.rules.repair.RepairFixtures.DEPARTMENT;
import static org.creditgov.rules.repair.RepairFixtures.OFFICER;
import static org.creditgov.rules.repair.RepairFixtures.basis;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.rules.procedure.CommandResult;
import org.creditgov.rules.procedure.EventStore;
import org.creditgov.rules.procedure.InMemoryEventStore;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.creditgov.rules.sync.Change;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Model-based test of the repair procedure (REP-2, REP-3): random interleavings of applications,
 * acceptances, non-acceptances, decisions and withdrawals on three cases, with random dates and
 * versions (some stale, some in the future, some before the previous step), run on a fresh service
 * and checked after every step against a model of the case statuses:
 *
 * <ul>
 *   <li>a refused command or a conflict appends nothing and stores no change;
 *   <li>an accepted command appends exactly one event with the next version, and the result's state
 *       equals the replay of the stored history;
 *   <li>a stale version is always a conflict; a step dated after today or before the previous step
 *       is never accepted; a step the model's status does not allow is refused;
 *   <li>the outbox holds three changes per approval (repaired, publication stopped, sharing
 *       stopped), stored with the approval, and nothing else.
 * </ul>
 *
 * <p>A failing sequence is shrunk by dropping steps while it still fails; the failure prints the
 * seed ({@code -Dcreditgov.seed=…}) and the shrunk steps.
 */
class RepairModelBasedTest {

  private static final int CASES = 3;
  private static final int STEPS = 40;
  private static final Map<String, Integer> COVERAGE = new ConcurrentHashMap<>();

  /** One generated step: on which case, what, with which date offset and version skew. */
  record Step(int target, int kind, int dayOffset, int versionSkew, boolean complete, int seedOfCase) {
    @Override
    public String toString() {
      return "case " + target + " " + new String[] {"apply", "accept", "reject", "approve", "refuse", "withdraw"}[kind]
          + " day" + (dayOffset >= 0 ? "+" : "") + dayOffset + (versionSkew == 0 ? "" : " skew " + versionSkew)
          + (complete ? "" : " incomplete");
    }
  }

  private static List<Step> sequence(SplittableRandom r) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < STEPS; i++) {
      int skew = r.nextInt(10) == 0 ? (r.nextBoolean() ? -1 : 1) : 0;
      int offset = r.nextInt(12) == 0 ? -3 : r.nextInt(20) == 0 ? 400 : r.nextInt(5);
      steps.add(new Step(r.nextInt(CASES), r.nextInt(6), offset, skew, r.nextInt(8) != 0, r.nextInt(1000)));
    }
    return steps;
  }

  @Test
  void randomInterleavingsKeepEveryInvariant() {
    int cases = Seeds.forEachSeed(300, seed -> {
      List<Step> steps = sequence(Seeds.random(seed));
      Optional<String> failure = run(steps, true);
      if (failure.isPresent()) {
        List<Step> shrunk = shrink(steps);
        throw new AssertionError(failure.get() + "\nshrunk from " + steps.size() + " to " + shrunk.size()
            + " steps (reproduce with -D" + Seeds.PROPERTY + "=" + seed + "):\n  "
            + shrunk.stream().map(Step::toString).collect(Collectors.joining("\n  "))
            + "\nwhich fails with: " + run(shrunk, false).orElse("?"));
      }
    });
    if (cases > 1) {
      assertThat(COVERAGE).as("coverage %s", COVERAGE).containsKeys("accepted Applied", "accepted Accepted",
          "accepted NotAccepted", "accepted Decided", "accepted Withdrawn", "approved", "conflict", "refused",
          "refused repair.STEP_NOT_ALLOWED", "refused repair.DATE_IN_FUTURE", "refused repair.DATE_BEFORE_PREVIOUS_STEP",
          "refused repair.MINIMUM_PERIOD_NOT_PASSED", "refused repair.ALREADY_APPLIED", "overdue");
    }
  }

  private static List<Step> shrink(List<Step> failing) {
    List<Step> current = new ArrayList<>(failing);
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int i = current.size() - 1; i >= 0; i--) {
        List<Step> candidate = new ArrayList<>(current);
        candidate.remove(i);
        if (run(candidate, false).isPresent()) {
          current = candidate;
          progress = true;
        }
      }
    }
    return current;
  }

  private static Optional<String> run(List<Step> steps, boolean count) {
    LocalDate start = LocalDate.of(2026, 4, 1);
    TestClock clock = TestClock.at(start.plusMonths(3));
    InMemoryEventStore<RepairId, RepairEvent, Change> store = EventStore.inMemory();
    RepairService service = RepairService.builder().regimes(BundledRepairRegimes.registry()).store(store).clock(clock).build();
    Map<Integer, RepairStatus> model = new HashMap<>();
    int approvals = 0;
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      clock.set(clock.today().plusDays(1 + step.seedOfCase() % 3));
      LocalDate today = clock.today();
      RepairId id = RepairId.of("R-" + step.target());
      ImmutableList<RepairEvent> before = store.load(id);
      int messagesBefore = store.messages().size();
      LocalDate previous = before.isEmpty() ? today : before.get(before.size() - 1).on();
      LocalDate on = step.dayOffset() == 400 ? today.plusDays(1) : previous.plusDays(step.dayOffset());
      if (on.isAfter(today) && step.dayOffset() != 400) {
        on = today;
      }
      long version = before.size() + step.versionSkew();
      CommandResult<RepairId, Repair, RepairEvent> result;
      RepairStatus status = model.get(step.target());
      if (step.kind() == 0) {
        SeverityClass c = step.seedOfCase() % 2 == 0 ? SeverityClass.GENERAL : SeverityClass.MINOR;
        LocalDate decided = today.minusMonths(step.seedOfCase() % 5 == 0 ? 1 : 4);
        RepairApplication a = new RepairApplication(COMPANY, RepairFixtures.penalty(c, decided), on.isBefore(decided) ? decided : on,
            DEPARTMENT, step.complete() ? RepairFixtures.BOTH : EnumSet.noneOf(Material.class), EnumSet.of(RepairCondition.OTHER_BY_LAW));
        result = service.apply(id, a);
      } else {
        RepairCommand command = switch (step.kind()) {
          case 1 -> new RepairCommand.Accept(OFFICER, on);
          case 2 -> new RepairCommand.Reject(OFFICER, on, step.complete() ? "材料不齐全" : "");
          case 3 -> new RepairCommand.Decide(OFFICER, RepairDecision.approve("青信修〔" + s + "〕号", on,
              step.complete() ? "已履行义务" : "", basis()));
          case 4 -> new RepairCommand.Decide(OFFICER, RepairDecision.refuse("青信修〔" + s + "〕号", on, "未履行义务", basis(),
              step.complete() ? "可申请行政复议" : ""));
          default -> new RepairCommand.Withdraw(on);
        };
        result = service.execute(id, version, command);
      }
      ImmutableList<RepairEvent> after = store.load(id);
      String where = "step " + s + " (" + step + "): ";
      if (result instanceof CommandResult.Accepted<RepairId, Repair, RepairEvent> a) {
        if (after.size() != before.size() + 1 || after.get(after.size() - 1) != a.event()) {
          return Optional.of(where + "an accepted command must append exactly its event");
        }
        if (a.event().version() != before.size() + 1) {
          return Optional.of(where + "the event's version must be the next one");
        }
        if (!Repair.replay(after).toString().equals(a.state().toString())) {
          return Optional.of(where + "the state must equal the replay of the history");
        }
        if (on.isAfter(today) && step.kind() != 0 || step.versionSkew() != 0 && step.kind() != 0) {
          return Optional.of(where + "a future-dated step or a stale version was accepted");
        }
        if (step.kind() != 0 && on.isBefore(previous)) {
          return Optional.of(where + "a step before the previous one was accepted");
        }
        String expectedFrom = switch (step.kind()) {
          case 0 -> "none";
          case 1, 2 -> "APPLIED";
          case 3, 4 -> "ACCEPTED";
          default -> "open";
        };
        String had = status == null ? "none" : status.name();
        if (!(expectedFrom.equals(had) || expectedFrom.equals("open") && status != null && !status.isFinal())) {
          return Optional.of(where + "the step was accepted from status " + had);
        }
        model.put(step.target(), a.state().status());
        int added = store.messages().size() - messagesBefore;
        boolean approved = a.state().status() == RepairStatus.APPROVED && step.kind() == 3;
        if (added != (approved ? 3 : 0)) {
          return Optional.of(where + added + " changes stored for this step");
        }
        approvals += approved ? 1 : 0;
        if (count) {
          COVERAGE.merge("accepted " + a.event().getClass().getSimpleName(), 1, Integer::sum);
          COVERAGE.merge(approved ? "approved" : "other", 1, Integer::sum);
          if (a.event().timing().filter(t -> t.timeliness() == org.creditgov.rules.designation.Timeliness.OVERDUE).isPresent()) {
            COVERAGE.merge("overdue", 1, Integer::sum);
          }
        }
      } else {
        if (after.size() != before.size() || store.messages().size() != messagesBefore) {
          return Optional.of(where + "a refused command or a conflict appended something");
        }
        if (result instanceof CommandResult.Conflict) {
          if (step.versionSkew() == 0) {
            return Optional.of(where + "a conflict on the current version");
          }
          if (count) {
            COVERAGE.merge("conflict", 1, Integer::sum);
          }
        } else if (count) {
          COVERAGE.merge("refused", 1, Integer::sum);
          result.verdict().findings().forEach(f -> COVERAGE.merge("refused " + f.type().code(), 1, Integer::sum));
        }
        if (step.kind() != 0 && step.versionSkew() != 0 && status != null && result instanceof CommandResult.Refused) {
          return Optional.of(where + "a stale version must be a conflict");
        }
      }
    }
    if (store.messages().size() != 3 * approvals) {
      return Optional.of("the outbox holds " + store.messages().size() + " changes for " + approvals + " approvals");
    }
    return Optional.empty();
  }
}
