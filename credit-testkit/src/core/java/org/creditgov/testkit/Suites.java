package org.creditgov.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.FindingType;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * The mechanism the invariant suites share ({@link DesignationInvariants}, {@code SanctionAnswers},
 * {@code MaskingOutputs}): one dynamic test per requirement, each looping the suite's seeds with
 * {@link Seeds#forEachSeed}, so that a failure starts with the seed and the switch that
 * reproduces it ({@code [seed=42; reproduce with -Dcreditgov.seed=42]}); and each seed's run of the
 * vendor's system computed once and shared by the requirements' tests. Also used to run a suite's
 * nodes outside JUnit ({@link #execute}), as the testkit's own tests do.
 */
public final class Suites {

  private Suites() {}

  /** The display name of a requirement's test: {@code DES-4 异议 (objection): what}. */
  static String name(RequirementId requirement, String what) {
    return requirement.id() + " " + requirement.titleZh() + " (" + requirement.titleEn() + "): " + what;
  }

  /**
   * A dynamic test of one requirement over {@code seeds} seeds: {@code check} runs once per seed
   * and throws an {@link AssertionError} naming the discrepancy; the first failing seed stops it.
   */
  static DynamicTest property(RequirementId requirement, String what, int seeds, Seeds.SeedCase check) {
    requireNonNull(check, "check");
    return DynamicTest.dynamicTest(name(requirement, what) + " [" + seeds + " seeds]",
        () -> Seeds.forEachSeed(seeds, check));
  }

  /** A container of {@code tests} named after a requirement. */
  static DynamicContainer container(RequirementId requirement, String what, List<? extends DynamicNode> tests) {
    return DynamicContainer.dynamicContainer(name(requirement, what), tests.stream());
  }

  /**
   * {@code run} of a seed, computed once per seed and then shared: each requirement's test of a
   * suite reads the same run of the vendor's system.
   */
  static <T> LongFunction<T> oncePerSeed(LongFunction<T> run) {
    Map<Long, T> runs = new ConcurrentHashMap<>();
    return seed -> {
      T done = runs.get(seed);
      if (done == null) {
        done = run.apply(seed); // outside computeIfAbsent: a run may itself be slow or throw
        runs.putIfAbsent(seed, done);
      }
      return done;
    };
  }

  /** The requirement the finding type of {@code code} serves, among {@code types}; {@code otherwise} for a code none has. */
  static RequirementId requirementOf(String code, RequirementId otherwise, FindingType[]... types) {
    for (FindingType[] kind : types) {
      for (FindingType t : kind) {
        if (t.code().equals(code)) {
          return t.requirement();
        }
      }
    }
    return otherwise;
  }

  /** An answer with each code's requirement: {@code REFUSED [designation.OBJECTION_OPEN (DES-4)]}. */
  static String explained(Answer answer, Function<String, RequirementId> requirementOf) {
    return answer.outcome() + (answer.codes().isEmpty() ? "" : answer.codes().stream()
        .map(c -> c + " (" + requirementOf.apply(c).id() + ")").collect(Collectors.joining(", ", " [", "]")));
  }

  /** The result of running one dynamic test outside JUnit. */
  public record Ran(String displayName, @org.jspecify.annotations.Nullable Throwable failure) {
    /** Whether the test passed. */
    public boolean passed() {
      return failure == null;
    }
  }

  /**
   * Runs every dynamic test of {@code nodes} (containers recursively) outside JUnit, in order, and
   * reports each: for a suite's own tests and for a build that wants the outcomes as data. A
   * container's name prefixes its tests' names ({@code container / test}).
   *
   * @throws NullPointerException if {@code nodes} is null
   */
  public static List<Ran> execute(Stream<? extends DynamicNode> nodes) {
    List<Ran> outcomes = new ArrayList<>();
    nodes.forEach(n -> execute(n, "", outcomes));
    return outcomes;
  }

  private static void execute(DynamicNode node, String prefix, List<Ran> outcomes) {
    String name = prefix + node.getDisplayName();
    if (node instanceof DynamicContainer) {
      ((DynamicContainer) node).getChildren().forEach(n -> execute(n, name + " / ", outcomes));
      return;
    }
    Executable test = ((DynamicTest) node).getExecutable();
    try {
      test.execute();
      outcomes.add(new Ran(name, null));
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable failure) {
      outcomes.add(new Ran(name, failure));
    }
  }
}
