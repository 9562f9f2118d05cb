package org.creditgov.rules.designation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.DesignationGenerators.Sequence;
import org.creditgov.testkit.DesignationGenerators.Step;
import org.creditgov.testkit.DesignationInvariants;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Model-based tests of the designation procedure: random sequences of valid and invalid commands
 * with random dates, from seeded generators, run against a fresh service and in-memory store, with
 * the invariants of the issue checked after every step:
 *
 * <ul>
 *   <li>a refused command or a conflict appends nothing and publishes nothing;
 *   <li>an accepted command appends exactly its event, with the next version, and the result's
 *       designation equals the replay of the stored events;
 *   <li>a step dated after today, or before the previous step, is never accepted; a stale version
 *       is always a conflict; a proposal on an existing id is a conflict;
 *   <li>every designation holds {@link DesignationInvariants}: never listed without a served,
 *       complete notice and a complete decision, never while an objection is open or before the
 *       window passed unless waived, removal ends membership, replay equals state;
 *   <li>the published list on sampled dates is exactly the designations listed on them, and the
 *       outbox holds one message per accepted listing or removal.
 * </ul>
 *
 * <p>A failing sequence is shrunk by dropping steps while it still fails, and the failure prints
 * the seed and the shrunk steps. Reproduce with {@code -Dcreditgov.seed=<seed>}. One test loops the
 * 300 seeds ({@link Seeds#forEachSeed}); the coverage of the procedure over all of them is checked
 * at the end.
 */
class DesignationModelBasedTest {

  private static final int DESIGNATIONS = 3;
  private static final int STEPS = 60;

  /** What the sequences reached, over all seeds: the test would be vacuous if they reached nothing. */
  private static final Map<String, Integer> COVERAGE = new ConcurrentHashMap<>();

  @Test
  void randomSequencesKeepEveryInvariant() {
    int cases = Seeds.forEachSeed(300, seed -> {
      Sequence sequence = DesignationGenerators.sequence(Seeds.random(seed), DESIGNATIONS, STEPS);
      Optional<String> failure = run(sequence.listTypes(), sequence.steps(), true);
      if (failure.isPresent()) {
        List<Step> shrunk = shrink(sequence.listTypes(), sequence.steps());
        throw new AssertionError(failure.get() + "\nshrunk from " + sequence.steps().size() + " to "
            + shrunk.size() + " steps (reproduce with -D" + Seeds.PROPERTY + "=" + seed + "):\n  "
            + shrunk.stream().map(Step::toString).collect(Collectors.joining("\n  "))
            + "\nwhich fails with: " + run(sequence.listTypes(), shrunk, false).orElse("?"));
      }
    });
    if (cases > 1) { // a single reproduced seed need not cover everything
      theSequencesReachedEveryPartOfTheProcedure();
    }
  }

  private static void theSequencesReachedEveryPartOfTheProcedure() {
    assertThat(COVERAGE).as("coverage %s", COVERAGE).containsKeys(
        "accepted Proposed", "accepted NoticeServed", "accepted ObjectionFiled", "accepted ObjectionAnswered",
        "accepted ObjectionWaived", "accepted Listed", "accepted Withdrawn", "accepted Removed",
        "removed REPAIRED", "removed EXPIRED", "removed REVOKED_ON_REMEDY", "removed ERROR_CORRECTED",
        "refused", "conflict", "overdue answer", "late notice", "dropped by upheld objection",
        "refused designation.OBJECTION_WINDOW_NOT_PASSED", "refused designation.OBJECTION_OPEN", "refused designation.NOTICE_NOT_SERVED",
        "refused designation.DECISION_WITHOUT_REMEDIES", "refused designation.NOTICE_WITHOUT_RIGHTS", "refused designation.MINOR_EXCLUDED",
        "refused designation.LIST_TYPE_BASIS_BELOW_LEVEL", "refused designation.DATE_IN_FUTURE", "refused designation.DATE_BEFORE_PREVIOUS_STEP",
        "expired without event", "probe designation.OBJECTION_WINDOW_NOT_PASSED", "probe designation.OBJECTION_WINDOW_CLOSED",
        "probe designation.OBJECTION_OPEN", "probe designation.EXPIRY_NOT_REACHED");
    assertThat(COVERAGE.get("accepted Listed")).isGreaterThan(50);
  }

  /** Shrinks by dropping one step at a time while the sequence still fails. */
  private static List<Step> shrink(ListTypeRegistry listTypes, List<Step> failing) {
    List<Step> current = new ArrayList<>(failing);
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int i = current.size() - 1; i >= 0; i--) {
        List<Step> candidate = new ArrayList<>(current);
        candidate.remove(i);
        if (run(listTypes, candidate, false).isPresent()) {
          current = candidate;
          progress = true;
        }
      }
    }
    return current;
  }

  /** Runs a sequence on a fresh service; the first violated invariant, if any. */
  private static Optional<String> run(ListTypeRegistry listTypes, List<Step> steps, boolean count) {
    ImmutableList<DesignationId> ids = DesignationGenerators.ids(DESIGNATIONS);
    TestClock clock = TestClock.at(steps.isEmpty() ? LocalDate.of(2021, 1, 1) : steps.get(0).today());
    InMemoryDesignationStore store = DesignationStore.inMemory();
    DesignationService service = DesignationService.builder().store(store).clock(clock)
        .listTypes(listTypes).repairs(Fixtures.EVERY_LISTING_REPAIRED).build();
    int outboxExpected = 0;
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      DesignationId id = ids.get(step.target());
      clock.set(step.today());
      ImmutableList<DesignationEvent> before = store.load(id);
      int outboxSize = store.changes().size();
      CommandResult result;
      long version = before.size();
      boolean stale = false;
      try {
        if (step.command() instanceof DesignationCommand.Propose) {
          result = service.propose((DesignationCommand.Propose) step.command());
        } else if (version == 0) {
          result = service.execute(id, 1, step.command());
        } else {
          stale = step.staleVersion() && version >= 2;
          result = service.execute(id, stale ? version - 1 : version, step.command());
        }
      } catch (RuntimeException e) {
        return Optional.of("step " + s + " threw " + e);
      }
      String where = "step " + s + " " + step + " -> " + result;
      ImmutableList<DesignationEvent> after = store.load(id);
      if (!(result instanceof CommandResult.Accepted)) {
        if (!after.equals(before)) {
          return Optional.of(where + ": a refused command changed the history");
        }
        if (store.changes().size() != outboxSize) {
          return Optional.of(where + ": a refused command published a change");
        }
        if (result instanceof CommandResult.Refused) {
          CommandResult.Refused r = (CommandResult.Refused) result;
          if (r.verdict().outcome() != Outcome.REFUSED || r.version() != version) {
            return Optional.of(where + ": a refusal without an error finding or with a wrong version");
          }
          if (count) {
            tally("refused");
            r.verdict().findings().forEach(f -> tally("refused " + f.code()));
          }
        } else {
          CommandResult.Conflict c = (CommandResult.Conflict) result;
          boolean expected = stale || (step.command() instanceof DesignationCommand.Propose && version > 0);
          if (!expected || c.actualVersion() != version) {
            return Optional.of(where + ": an unexpected conflict");
          }
          if (count) {
            tally("conflict");
          }
        }
      } else {
        if (stale) {
          return Optional.of(where + ": a stale version was accepted");
        }
        CommandResult.Accepted a = (CommandResult.Accepted) result;
        DesignationEvent event = a.event();
        if (after.size() != before.size() + 1 || !after.subList(0, before.size()).equals(before)
            || !after.get(before.size()).equals(event) || event.version() != version + 1) {
          return Optional.of(where + ": the history did not grow by exactly the event");
        }
        if (event.on().isAfter(step.today())) {
          return Optional.of(where + ": a step dated after today was accepted");
        }
        if (!before.isEmpty() && event.on().isBefore(before.get(before.size() - 1).on())) {
          return Optional.of(where + ": a step dated before the previous one was accepted");
        }
        if (!a.designation().equals(Designation.replay(after, WorkingDayCalendar.china(), listTypes))) {
          return Optional.of(where + ": the state differs from the replay of the stored events");
        }
        if (a.verdict().outcome() != Outcome.ALLOWED) {
          return Optional.of(where + ": accepted with a refusing verdict");
        }
        if (event instanceof DesignationEvent.Listed || event instanceof DesignationEvent.Removed) {
          outboxExpected++;
        }
        if (count) {
          tallyAccepted(a);
        }
      }
      if (store.changes().size() != outboxExpected) {
        return Optional.of(where + ": the outbox holds " + store.changes().size() + " changes, expected "
            + outboxExpected);
      }
      Optional<String> broken = checkAll(service, ids, step.today(), where, count);
      if (broken.isEmpty()) {
        broken = probeBoundaries(service, clock, id, step.today(), where, count);
      }
      if (broken.isPresent()) {
        return broken;
      }
    }
    return Optional.empty();
  }

  /**
   * Probes the boundaries random dates rarely hit, with commands that must be refused (so they
   * change nothing when the service is right): a decision on the last day of the objection window,
   * a decision while an objection is open, an objection the day after the window, an expiry
   * recorded on the last day of the listing.
   */
  private static Optional<String> probeBoundaries(DesignationService service, TestClock clock, DesignationId id,
      LocalDate today, String where, boolean count) {
    Optional<Designation> found = service.find(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Designation d = found.get();
    Status status = d.statusOnLastStep();
    List<Probe> probes = new ArrayList<>();
    Optional<LocalDate> deadline = d.objectionDeadline().flatMap(Deadline::lastDay);
    if (status == Status.NOTIFIED && d.objectionWaivedOn().isEmpty() && deadline.isPresent()
        && !deadline.get().isBefore(d.lastStepOn())) {
      LocalDate dl = deadline.get();
      probes.add(new Probe(dl, decide(d, dl), "designation.OBJECTION_WINDOW_NOT_PASSED"));
      probes.add(new Probe(dl.plusDays(1), DesignationCommand.fileObjection().actor(DesignationGenerators.ACTOR)
          .on(dl.plusDays(1)).build(), "designation.OBJECTION_WINDOW_CLOSED"));
    }
    if (status == Status.OBJECTION_PENDING) {
      probes.add(new Probe(today, decide(d, today), "designation.OBJECTION_OPEN"));
    }
    if (d.lastDayOfPeriod().isPresent() && d.removedOn().isEmpty() && !d.lastDayOfPeriod().get().isBefore(d.lastStepOn())) {
      LocalDate last = d.lastDayOfPeriod().get();
      probes.add(new Probe(last, DesignationCommand.remove().actor(DesignationGenerators.ACTOR).on(last)
          .reason(RemovalReason.EXPIRED).build(), "designation.EXPIRY_NOT_REACHED"));
    }
    for (Probe p : probes) {
      clock.set(p.on.isAfter(today) ? p.on : today);
      CommandResult r = service.execute(id, d.version(), p.command);
      clock.set(today);
      if (!(r instanceof CommandResult.Refused)
          || !((CommandResult.Refused) r).verdict().findings().stream().anyMatch(f -> f.code().equals(p.expected))) {
        return Optional.of(where + ": the boundary probe " + p.command + " on " + p.on + " was not refused with "
            + p.expected + " but gave " + r);
      }
      if (count) {
        tally("probe " + p.expected);
      }
    }
    return Optional.empty();
  }

  private static DesignationCommand decide(Designation d, LocalDate on) {
    return DesignationCommand.decide().actor(DesignationGenerators.ACTOR)
        .decision(DesignationGenerators.decision(new java.util.SplittableRandom(0), d.listType(), on, true)).build();
  }

  private static final class Probe {
    final LocalDate on;
    final DesignationCommand command;
    final String expected;

    Probe(LocalDate on, DesignationCommand command, String expected) {
      this.on = on;
      this.command = command;
      this.expected = expected;
    }
  }

  private static Optional<String> checkAll(DesignationService service, List<DesignationId> ids, LocalDate today,
      String where, boolean count) {
    List<Designation> all = new ArrayList<>();
    for (DesignationId id : ids) {
      Optional<Designation> d = service.find(id);
      if (d.isEmpty()) {
        continue;
      }
      all.add(d.get());
      ImmutableList<String> violations = DesignationInvariants.violations(d.get(), service.listTypes(), service.subjects());
      if (!violations.isEmpty()) {
        return Optional.of(where + ": " + id + " violates " + violations);
      }
      if (count && d.get().lastDayOfPeriod().isPresent() && d.get().statusOn(today) == Status.EXPIRED
          && d.get().expiryRecordedOn().isEmpty()) {
        tally("expired without event");
      }
    }
    for (LocalDate probe : new LocalDate[] {today, today.minusDays(30), today.plusDays(400)}) {
      List<DesignationId> published = service.publishedListOn(probe).stream().map(Designation::id)
          .collect(Collectors.toList());
      List<DesignationId> listed = all.stream().filter(d -> d.statusOn(probe) == Status.LISTED)
          .map(Designation::id).sorted().collect(Collectors.toList());
      if (!published.equals(listed)) {
        return Optional.of(where + ": the published list on " + probe + " is " + published + ", not " + listed);
      }
    }
    return Optional.empty();
  }

  private static void tallyAccepted(CommandResult.Accepted a) {
    DesignationEvent e = a.event();
    tally("accepted " + e.getClass().getSimpleName().replace("Immutable", "").replaceAll(".*\\.", ""));
    if (e instanceof DesignationEvent.Removed) {
      tally("removed " + ((DesignationEvent.Removed) e).reason());
    }
    if (e instanceof DesignationEvent.ObjectionAnswered) {
      DesignationEvent.ObjectionAnswered o = (DesignationEvent.ObjectionAnswered) e;
      if (o.timeliness() == Timeliness.OVERDUE) {
        tally("overdue answer");
      }
      if (o.upheld()) {
        tally("dropped by upheld objection");
      }
    }
    if (e instanceof DesignationEvent.NoticeServed
        && ((DesignationEvent.NoticeServed) e).timeliness() == Timeliness.OVERDUE) {
      tally("late notice");
    }
  }

  private static void tally(String what) {
    COVERAGE.merge(what, 1, Integer::sum);
  }

}
