package org.creditgov.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.creditgov.core.RequirementId;
import org.creditgov.core.ruleset.RuleSetFinding;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.rules.sanction.Measure;
import org.creditgov.rules.sanction.MeasureList;
import org.creditgov.rules.sanction.MeasureListRegistry;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionFinding;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.testkit.SanctionGenerators.Violation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicNode;

/**
 * The invariant suite of sanction answers (SAN-1 … SAN-6), a JUnit test factory a vendor runs
 * against their own system: for generated measure lists and requests — each request valid in
 * every respect, or the same request broken in exactly one way ({@link Violation}) — the vendor's
 * decision, through the small {@link SanctionSystem} interface they implement around their system,
 * must agree with {@link SanctionChecker}'s verdict: the same outcome (allowed, needs review,
 * refused) and the same finding codes. One dynamic test per requirement, each running the suite's
 * seeds and naming the seed, the switch that reproduces it and the request's violation:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> sanctionAnswers() {
 *   return SanctionAnswers.suite(measureLists -> request -> myGateway.decide(request));
 * }
 * }</pre>
 */
public final class SanctionAnswers {

  /** The number of seeds {@link #suite(SanctionAdapter)} runs. */
  public static final int DEFAULT_SEEDS = 200;

  private SanctionAnswers() {}

  /** The vendor's decision on sanction requests, under the measure lists it was opened with. */
  @FunctionalInterface
  public interface SanctionSystem {
    /**
     * The system's decision on {@code request}: its outcome and the codes of the library's finding
     * types it rests on ({@code sanction.MINOR_EXCLUDED} …); {@link Answer#of} of the verdict for a
     * system that calls {@link SanctionChecker}.
     */
    Answer answer(SanctionRequest request);
  }

  /** Opens the vendor's system for one seed's measure lists. */
  @FunctionalInterface
  public interface SanctionAdapter {
    /** A system applying the lists of {@code measureLists} (one generated national list in force from 2020-01-01). */
    SanctionSystem open(MeasureListRegistry measureLists);
  }

  /**
   * The suite over {@value #DEFAULT_SEEDS} seeds.
   *
   * @throws NullPointerException if {@code adapter} is null
   */
  public static Stream<DynamicNode> suite(SanctionAdapter adapter) {
    return suite(adapter, DEFAULT_SEEDS);
  }

  /**
   * The suite over {@code seeds} seeds (one when {@code -Dcreditgov.seed} names one). Each seed
   * makes a list of one to five random measures, a request valid for one of them, and that
   * request broken in each way the measure admits; each request is answered once by the library
   * and once by the vendor's system. The requirement of a broken request is that of its
   * violation's finding; a valid request's disagreement counts for the requirements of the codes
   * the system gave (SAN-1 when it gave none).
   *
   * @throws NullPointerException if {@code adapter} is null
   * @throws IllegalArgumentException if {@code seeds} is not positive
   */
  public static Stream<DynamicNode> suite(SanctionAdapter adapter, int seeds) {
    requireNonNull(adapter, "adapter");
    if (seeds <= 0) {
      throw new IllegalArgumentException("seeds must be positive: " + seeds);
    }
    LongFunction<List<Disagreement>> runs = Suites.oncePerSeed(seed -> run(seed, adapter));
    Set<RequirementId> requirements = EnumSet.noneOf(RequirementId.class);
    for (Violation v : Violation.values()) {
      requirements.add(v.finding().requirement());
    }
    return requirements.stream().map(r -> Suites.property(r,
        "the system's decisions agree with SanctionChecker's verdicts", seeds, seed -> {
          Optional<Disagreement> d = runs.apply(seed).stream().filter(x -> x.requirements().contains(r)).findFirst();
          if (d.isPresent()) {
            throw new AssertionError(d.get().message());
          }
        }));
  }

  private record Disagreement(Set<RequirementId> requirements, String message) {}

  private static List<Disagreement> run(long seed, SanctionAdapter adapter) {
    SplittableRandom r = Seeds.random(seed);
    List<Measure> measures = new ArrayList<>();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      measures.add(SanctionGenerators.measure(r, "GEN-" + i));
    }
    Measure m = measures.get(r.nextInt(n));
    MeasureList list = SanctionGenerators.national("gen-national", EffectivePeriod.from(SanctionGenerators.LISTS_FROM), measures);
    MeasureListRegistry registry = MeasureListRegistry.builder().addList(list).build();
    SanctionChecker library = SanctionChecker.of(registry);
    SanctionSystem system = requireNonNull(adapter.open(registry), "the adapter opened no system");
    SanctionRequestSpec valid = SanctionGenerators.valid(r, m, SanctionGenerators.date(r));
    List<Disagreement> found = new ArrayList<>();
    compare("a request valid in every respect", null, valid.build(), library, system).ifPresent(found::add);
    for (Violation v : Violation.values()) {
      Optional<SanctionRequestSpec> broken = SanctionGenerators.violate(r, m, valid, v);
      if (broken.isPresent()) {
        compare("the request broken by " + v + " (" + v.finding().code() + ")", v, broken.get().build(), library, system)
            .ifPresent(found::add);
      }
    }
    return found;
  }

  private static Optional<Disagreement> compare(String what, @Nullable Violation violation, SanctionRequest request,
      SanctionChecker library, SanctionSystem system) {
    Answer want = Answer.of(library.check(request));
    Answer got = requireNonNull(system.answer(request), "the system answered null");
    if (want.equals(got)) {
      return Optional.empty();
    }
    Set<RequirementId> requirements = EnumSet.noneOf(RequirementId.class);
    if (violation != null) {
      requirements.add(violation.finding().requirement());
    } else {
      Sets.symmetricDifference(want.codes(), got.codes()).forEach(c -> requirements.add(requirementOf(c)));
      if (requirements.isEmpty()) {
        requirements.add(RequirementId.SAN_1);
      }
    }
    return Optional.of(new Disagreement(requirements, what + " of measure " + request.measureCode() + " on "
        + request.date() + " (" + request.subject().type() + ", " + request.bodyKind() + ", " + request.trigger()
        + "): the system answered " + explained(got) + ", SanctionChecker " + explained(want)));
  }

  /** The requirement a finding code serves; SAN-1 for a code the library does not know. */
  private static RequirementId requirementOf(String code) {
    return Suites.requirementOf(code, RequirementId.SAN_1, SanctionFinding.values(), RuleSetFinding.values());
  }

  private static String explained(Answer answer) {
    return Suites.explained(answer, SanctionAnswers::requirementOf);
  }
}
