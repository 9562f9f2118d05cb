package org.creditgov.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.creditgov.core.RequirementId;
import org.creditgov.core.ruleset.RuleSetFinding;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.DecisionDocument;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationFinding;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.ListType;
import org.creditgov.rules.designation.ListTypeLookup;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.RemovalReason;
import org.creditgov.rules.designation.Status;
import org.creditgov.rules.designation.SubjectDirectory;
import org.junit.jupiter.api.DynamicNode;

/**
 * The invariants of a designation's history (DES-1 to DES-7), checked on the history alone, so
 * that a vendor can run them over the designations in their own {@code DesignationStore}:
 *
 * <ul>
 *   <li>versions run 1, 2, 3 … without gaps, all of one designation, dates never go back (DES-7);
 *   <li>replaying the events, with the list types of the vendor's registry, gives an equal
 *       designation (DES-7); no event holds the subject's details, only its reference;
 *   <li>never listed without a complete notice served before the decision (DES-3), without a
 *       complete decision that states the list's removal conditions and a period in range (DES-5,
 *       DES-6), while an objection is open, or before the objection window passed unless the
 *       subject waived it in writing (DES-4); never on an unlawful list type (DES-1, DES-2); never a
 *       minor where the list excludes minors (SAN-4; checked where the subject directory still holds
 *       the person's details);
 *   <li>removal ends membership: never listed on or after the day the subject left (DES-6).
 * </ul>
 *
 * <p>The checks recompute deadlines with the designation's calendar independently of the
 * designation's own deadline methods.
 *
 * <p><b>The suite a vendor runs</b> ({@link #suite(DesignationAdapter)}): a JUnit test factory
 * that drives the vendor's own designation system, through the small {@link DesignationSystem}
 * interface the vendor implements around it, over generated histories (seeded sequences of valid
 * and invalid commands with random dates, {@link DesignationGenerators#sequence}), and compares
 * every answer with the library's own {@link DesignationService} as the reference: whether each
 * command is accepted or refused and for which findings, the status of every designation on the
 * dates around each step, and the first and last day listed. One dynamic test per requirement
 * (DES-1 … DES-7, and those the procedure's findings serve), each naming the seed and the switch
 * that reproduces its first failing history:
 *
 * <pre>{@code
 * class MyRegisterTest {
 *   @TestFactory
 *   Stream<DynamicNode> designationInvariants() {
 *     return DesignationInvariants.suite((listTypes, clock) -> new MyRegisterAdapter(listTypes, clock));
 *   }
 * }
 * }</pre>
 */
public final class DesignationInvariants {

  private DesignationInvariants() {}

  /**
   * Every violated invariant of {@code d}, described; empty when it holds them all. {@code
   * listTypes} replays the history (the registry the store's designations were made with); {@code
   * subjects} gives the birth date of a natural person for the minor check.
   */
  public static ImmutableList<String> violations(Designation d, ListTypeLookup listTypes, SubjectDirectory subjects) {
    List<String> v = new ArrayList<>();
    ImmutableList<DesignationEvent> events = d.events();
    LocalDate previous = LocalDate.MIN;
    for (int i = 0; i < events.size(); i++) {
      DesignationEvent e = events.get(i);
      if (e.version() != i + 1) {
        v.add("event " + i + " has version " + e.version());
      }
      if (!e.designationId().equals(d.id())) {
        v.add("event " + e.version() + " belongs to " + e.designationId());
      }
      if (e.on().isBefore(previous)) {
        v.add("event " + e.version() + " goes back in time");
      }
      previous = e.on();
    }
    if (!Designation.replay(events, d.calendar(), listTypes).equals(d)) {
      v.add("replaying the events gives another state");
    }
    checkListing(d, events, subjects.find(d.subjectRef()), v);
    checkRemoval(d, events, v);
    return ImmutableList.copyOf(v);
  }

  private static void checkListing(Designation d, ImmutableList<DesignationEvent> events, Optional<Subject> subject,
      List<String> v) {
    ListType type = d.listType();
    int filed = 0;
    int answered = 0;
    DesignationEvent.NoticeServed notice = null;
    LocalDate waived = null;
    for (DesignationEvent e : events) {
      if (e instanceof DesignationEvent.NoticeServed) {
        notice = (DesignationEvent.NoticeServed) e;
      } else if (e instanceof DesignationEvent.ObjectionWaived) {
        waived = e.on();
      } else if (e instanceof DesignationEvent.ObjectionFiled) {
        filed++;
      } else if (e instanceof DesignationEvent.ObjectionAnswered) {
        answered++;
      } else if (e instanceof DesignationEvent.Listed) {
        LocalDate on = e.on();
        DecisionDocument decision = ((DesignationEvent.Listed) e).decision();
        if (notice == null) {
          v.add("listed without a served notice");
        } else {
          if (!notice.notice().missingElements().isEmpty()) {
            v.add("listed on a notice lacking " + notice.notice().missingElements());
          }
          if (waived == null) {
            try {
              LocalDate deadline = d.calendar().plusWorkingDays(notice.on(), type.objectionWindowWorkingDays());
              if (!on.isAfter(deadline)) {
                v.add("listed on " + on + " before the objection window ended on " + deadline);
              }
            } catch (DateOutOfCalendarException ex) {
              v.add("listed though the objection deadline cannot be computed and was not waived");
            }
          }
        }
        if (filed != answered) {
          v.add("listed while an objection is open");
        }
        if (!decision.missingElements().isEmpty()) {
          v.add("listed on a decision lacking " + decision.missingElements());
        }
        if (!decision.removalConditions().containsAll(type.removalConditions())) {
          v.add("listed on a decision omitting a removal condition");
        }
        if (decision.listingPeriod().isEmpty() || !type.listingPeriod().allows(on, decision.listingPeriod().get())) {
          v.add("listed for a period outside " + type.listingPeriod());
        }
        if (!d.resolvedListType().checkOn(on).findings().isEmpty()) {
          v.add("listed on an unlawful list type: " + d.resolvedListType().checkOn(on).findings());
        }
        if (subject.isPresent() && subject.get().isMinorOn(on) && !type.minorsMayBeListed()) {
          v.add("a minor listed on a list that excludes minors");
        }
        if (!d.criteriaVersion().equals(type.criteriaVersion())) {
          v.add("listed under criteria version " + d.criteriaVersion() + " on a list applying " + type.criteriaVersion());
        }
      }
    }
  }

  private static void checkRemoval(Designation d, ImmutableList<DesignationEvent> events, List<String> v) {
    if (d.lastDayOfPeriod().isEmpty()) {
      return;
    }
    LocalDate left = d.listedUntil().orElseThrow();
    if (!d.lastDayListed().orElseThrow().plusDays(1).equals(left)) {
      v.add("the last day listed " + d.lastDayListed().get() + " is not the day before the listing's end " + left);
    }
    if (!d.lastDayListed().get().isBefore(d.listedFrom().orElseThrow()) && d.statusOn(d.lastDayListed().get()) != Status.LISTED) {
      v.add("not listed on the last day listed, " + d.lastDayListed().get());
    }
    for (LocalDate probe : new LocalDate[] {left, left.plusDays(1), left.plusDays(400), left.plusYears(10)}) {
      if (d.statusOn(probe) == Status.LISTED) {
        v.add("listed on " + probe + ", after leaving the list on " + left);
      }
    }
    for (DesignationEvent e : events) {
      if (e instanceof DesignationEvent.Removed && ((DesignationEvent.Removed) e).reason() != RemovalReason.EXPIRED) {
        for (LocalDate probe : new LocalDate[] {e.on(), e.on().plusDays(1), e.on().plusYears(5)}) {
          if (d.statusOn(probe) == Status.LISTED) {
            v.add("listed on " + probe + ", after a removal on " + e.on());
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------ the suite a vendor runs

  /** The number of seeds (generated histories) {@link #suite(DesignationAdapter)} runs. */
  public static final int DEFAULT_SEEDS = 100;

  private static final int DESIGNATIONS = 3;
  private static final int STEPS = 40;

  /**
   * The vendor's designation system, as {@link #suite} drives it over one generated history: a
   * fresh system per history, holding no designation at first, whose "today" is the clock it was
   * {@link DesignationAdapter#open opened} with. The system keeps its own versions (the suite never
   * sends a stale one). A refusal is an {@link Answer} with the codes of the library's finding
   * types ({@code designation.OBJECTION_WINDOW_NOT_PASSED} …), never an exception; an exception
   * fails the history it was thrown in.
   */
  public interface DesignationSystem {

    /**
     * Opens a designation (DES-1, DES-2, SAN-4, P-1): accepted, or refused with its findings'
     * codes; a proposal on an id the system already holds is refused with no code ({@code
     * Answer.refused()}; the library answers it with a version conflict).
     */
    Answer propose(DesignationCommand.Propose command);

    /**
     * Takes a step on designation {@code id} (serve notice, objection, decision, removal …):
     * accepted, or refused with its findings' codes ({@code designation.DESIGNATION_NOT_FOUND} when
     * the system holds no designation {@code id}).
     */
    Answer execute(DesignationId id, DesignationCommand command);

    /** The status of designation {@code id} on {@code date}, as the history is now known; {@link Status#NOT_PROPOSED} when the system holds none. */
    Status statusOn(DesignationId id, LocalDate date);

    /** The first day designation {@code id} is listed (the decision date); empty when never listed. */
    Optional<LocalDate> listedFrom(DesignationId id);

    /** The last day designation {@code id} is listed, inclusive (Civil Code Arts. 201–202; an early removal ends it the day before); empty when never listed. */
    Optional<LocalDate> lastDayListed(DesignationId id);
  }

  /** Opens the vendor's system for one generated history. */
  @FunctionalInterface
  public interface DesignationAdapter {

    /**
     * A fresh system holding no designation, knowing the history's list types (one national test
     * layer) and reading today from {@code clock} (the suite moves it before each step); working
     * days are those of {@link org.creditgov.core.time.WorkingDayCalendar#china()}.
     */
    DesignationSystem open(ListTypeRegistry listTypes, Clock clock);
  }

  /**
   * The {@link DesignationSystem} of a library {@link DesignationService}: what a vendor whose
   * system is built on the library (with a store of their own, say) wraps in their adapter, and
   * the suite's reference. Each step is executed with the designation's current version.
   *
   * @throws NullPointerException if {@code service} is null
   */
  public static DesignationSystem system(DesignationService service) {
    requireNonNull(service, "service");
    return new DesignationSystem() {
      @Override
      public Answer propose(DesignationCommand.Propose command) {
        return answer(service.propose(command));
      }

      @Override
      public Answer execute(DesignationId id, DesignationCommand command) {
        long version = service.find(id).map(Designation::version).orElse(1L);
        return answer(service.execute(id, version, command));
      }

      @Override
      public Status statusOn(DesignationId id, LocalDate date) {
        return service.find(id).map(d -> d.statusOn(date)).orElse(Status.NOT_PROPOSED);
      }

      @Override
      public Optional<LocalDate> listedFrom(DesignationId id) {
        return service.find(id).flatMap(Designation::listedFrom);
      }

      @Override
      public Optional<LocalDate> lastDayListed(DesignationId id) {
        return service.find(id).flatMap(Designation::lastDayListed);
      }

      @Override
      public String toString() {
        return "DesignationSystem[" + service + "]";
      }
    };
  }

  private static Answer answer(CommandResult result) {
    if (result instanceof CommandResult.Accepted) {
      return Answer.of(((CommandResult.Accepted) result).verdict());
    }
    if (result instanceof CommandResult.Refused) {
      return Answer.of(((CommandResult.Refused) result).verdict());
    }
    if (((CommandResult.Conflict) result).expectedVersion() == 0) {
      return Answer.refused(); // a proposal on an id already taken
    }
    throw new IllegalStateException("another step was recorded concurrently: " + result);
  }

  /**
   * The suite over {@value #DEFAULT_SEEDS} generated histories: one dynamic test per requirement.
   *
   * @throws NullPointerException if {@code adapter} is null
   */
  public static Stream<DynamicNode> suite(DesignationAdapter adapter) {
    return suite(adapter, DEFAULT_SEEDS);
  }

  /**
   * The suite over {@code seeds} generated histories of {@value #STEPS} steps on {@value
   * #DESIGNATIONS} designations each (one seed when {@code -Dcreditgov.seed} names one). Each
   * history runs once through the library and once through the vendor's system, stopping at the
   * first disagreement (after it the two states differ); each requirement's test fails on the
   * first history whose disagreement concerns that requirement — the findings of a command one
   * side refused and the other accepted, or the findings the two refusals differ by; a status,
   * first or last day listed that differs is DES-6 for a listing, DES-4 for an objection, DES-3
   * for a notice, DES-7 otherwise. A code the library does not know counts for DES-7.
   *
   * @throws NullPointerException if {@code adapter} is null
   * @throws IllegalArgumentException if {@code seeds} is not positive
   */
  public static Stream<DynamicNode> suite(DesignationAdapter adapter, int seeds) {
    requireNonNull(adapter, "adapter");
    if (seeds <= 0) {
      throw new IllegalArgumentException("seeds must be positive: " + seeds);
    }
    LongFunction<Optional<Disagreement>> runs = Suites.oncePerSeed(seed -> run(seed, adapter));
    Set<RequirementId> requirements = EnumSet.of(RequirementId.DES_6, RequirementId.DES_7);
    for (DesignationFinding f : DesignationFinding.values()) {
      requirements.add(f.requirement());
    }
    return requirements.stream().map(r -> Suites.property(r,
        "the system's answers, statuses and listing days agree with the library's", seeds, seed -> {
          Optional<Disagreement> d = runs.apply(seed);
          if (d.isPresent() && d.get().requirements().contains(r)) {
            throw new AssertionError(d.get().message());
          }
        }));
  }

  /** Where the vendor's system first disagreed with the library in one history. */
  private record Disagreement(Set<RequirementId> requirements, String message) {}

  private static Optional<Disagreement> run(long seed, DesignationAdapter adapter) {
    DesignationGenerators.Sequence sequence = DesignationGenerators.sequence(Seeds.random(seed), DESIGNATIONS, STEPS);
    ImmutableList<DesignationId> ids = DesignationGenerators.ids(DESIGNATIONS);
    ImmutableList<DesignationGenerators.Step> steps = sequence.steps();
    TestClock clock = TestClock.at(steps.get(0).today());
    DesignationService library = DesignationService.builder().store(DesignationStore.inMemory()).clock(clock).listTypes(sequence.listTypes()).build();
    DesignationSystem expected = system(library);
    DesignationSystem actual = requireNonNull(adapter.open(sequence.listTypes(), clock), "the adapter opened no system");
    for (int s = 0; s < steps.size(); s++) {
      DesignationGenerators.Step step = steps.get(s);
      clock.set(step.today());
      DesignationId id = ids.get(step.target());
      DesignationCommand command = step.command();
      Answer want;
      Answer got;
      if (command instanceof DesignationCommand.Propose) {
        want = expected.propose((DesignationCommand.Propose) command);
        got = requireNonNull(actual.propose((DesignationCommand.Propose) command), "the system answered null");
      } else {
        want = expected.execute(id, command);
        got = requireNonNull(actual.execute(id, command), "the system answered null");
      }
      String where = "step " + (s + 1) + " of " + steps.size() + ", today " + step.today() + ", "
          + kind(command) + " of " + id.value() + " dated " + dated(command, step.today());
      Optional<Disagreement> d = compare(where, want, got);
      for (int i = 0; d.isEmpty() && i < ids.size(); i++) {
        d = compareState(where, ids.get(i), library, actual, step.today());
      }
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<Disagreement> compare(String where, Answer want, Answer got) {
    if (want.isAllowed() && got.isAllowed()) {
      return Optional.empty(); // the codes of an allowance (warnings) are not compared
    }
    if (want.outcome() == got.outcome() && want.codes().equals(got.codes())) {
      return Optional.empty();
    }
    Set<String> differ = new TreeSet<>(Sets.symmetricDifference(want.codes(), got.codes()));
    if (differ.isEmpty()) {
      differ.addAll(want.codes());
    }
    Set<RequirementId> requirements = EnumSet.noneOf(RequirementId.class);
    differ.forEach(code -> requirements.add(requirementOf(code)));
    String message = where + ": the system answered " + explained(got) + ", the library " + explained(want);
    return Optional.of(new Disagreement(requirements, message));
  }

  private static Optional<Disagreement> compareState(String where, DesignationId id, DesignationService library,
      DesignationSystem actual, LocalDate today) {
    Optional<Designation> found = library.find(id);
    Optional<LocalDate> from = found.flatMap(Designation::listedFrom);
    Optional<LocalDate> last = found.flatMap(Designation::lastDayListed);
    String after = "after " + where + ": designation " + id.value();
    if (!from.equals(actual.listedFrom(id))) {
      return Optional.of(new Disagreement(EnumSet.of(RequirementId.DES_6), after + " is listed from "
          + day(actual.listedFrom(id)) + " by the system, from " + day(from) + " by the library"));
    }
    if (!last.equals(actual.lastDayListed(id))) {
      return Optional.of(new Disagreement(EnumSet.of(RequirementId.DES_6), after + " is listed until "
          + day(actual.lastDayListed(id)) + " inclusive by the system, until " + day(last)
          + " inclusive by the library (listed from " + day(from) + ")"));
    }
    Set<LocalDate> dates = new TreeSet<>(List.of(today, today.plusDays(1), today.plusDays(400)));
    from.ifPresent(d -> dates.addAll(List.of(d.minusDays(1), d)));
    last.ifPresent(d -> dates.addAll(List.of(d, d.plusDays(1))));
    for (LocalDate date : dates) {
      Status want = found.map(d -> d.statusOn(date)).orElse(Status.NOT_PROPOSED);
      Status got = requireNonNull(actual.statusOn(id, date), "the system answered a null status");
      if (want != got) {
        return Optional.of(new Disagreement(EnumSet.of(requirementOf(want, got)), after + " on " + date
            + " is " + got + " (" + got.nameZh() + ") by the system, " + want + " (" + want.nameZh() + ") by the library"
            + (from.isPresent() ? " (listed from " + from.get() + " through " + day(last) + ")" : "")));
      }
    }
    return Optional.empty();
  }

  private static RequirementId requirementOf(Status a, Status b) {
    Set<Status> both = EnumSet.of(a, b);
    if (both.contains(Status.LISTED) || both.contains(Status.EXPIRED) || both.contains(Status.REMOVED)) {
      return RequirementId.DES_6;
    }
    if (both.contains(Status.OBJECTION_PENDING) || both.contains(Status.DROPPED)) {
      return RequirementId.DES_4;
    }
    return both.contains(Status.NOTIFIED) ? RequirementId.DES_3 : RequirementId.DES_7;
  }

  /** The requirement a finding code serves; DES-7 for a code the library does not know. */
  /** The requirement a finding code serves; DES-7 for a code the library does not know. */
  private static RequirementId requirementOf(String code) {
    return Suites.requirementOf(code, RequirementId.DES_7, DesignationFinding.values(), RuleSetFinding.values());
  }

  private static String explained(Answer answer) {
    return Suites.explained(answer, DesignationInvariants::requirementOf);
  }

  private static String kind(DesignationCommand command) {
    return command.getClass().getSimpleName().replace("Immutable", "");
  }

  private static String dated(DesignationCommand command, LocalDate today) {
    Optional<LocalDate> on;
    if (command instanceof DesignationCommand.Decide) {
      on = ((DesignationCommand.Decide) command).decision().decidedOn();
    } else if (command instanceof DesignationCommand.ServeNotice) {
      on = ((DesignationCommand.ServeNotice) command).notice().servedOn();
    } else if (command instanceof DesignationCommand.Propose) {
      on = Optional.of(((DesignationCommand.Propose) command).on());
    } else if (command instanceof DesignationCommand.WaiveObjection) {
      on = Optional.of(((DesignationCommand.WaiveObjection) command).on());
    } else if (command instanceof DesignationCommand.FileObjection) {
      on = Optional.of(((DesignationCommand.FileObjection) command).on());
    } else if (command instanceof DesignationCommand.AnswerObjection) {
      on = Optional.of(((DesignationCommand.AnswerObjection) command).on());
    } else if (command instanceof DesignationCommand.Withdraw) {
      on = Optional.of(((DesignationCommand.Withdraw) command).on());
    } else {
      on = Optional.of(((DesignationCommand.Remove) command).on());
    }
    return day(on);
  }

  private static String day(Optional<LocalDate> day) {
    return day.map(String::valueOf).orElse("(never)");
  }
}
