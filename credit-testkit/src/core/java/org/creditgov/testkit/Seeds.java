package org.creditgov.testkit;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Seeds for property tests: every generated case comes from one {@code long} seed that the test
 * prints in its display name, so a failure names the seed that reproduces it.
 *
 * <p>A property is one test that loops over its seeds:
 *
 * <pre>{@code
 * @Test
 * void everySubstitutionIsRejected() {
 *   Seeds.forEachSeed(500, seed -> {
 *     SplittableRandom random = Seeds.random(seed);
 *     ...
 *   });
 * }
 * }</pre>
 *
 * A failing case stops the loop with an {@link AssertionError} that starts with {@code [seed=42;
 * reproduce with -Dcreditgov.seed=42]}, so the console names the seed that reproduces it.
 *
 * <p>By default the seeds are fixed (derived from {@link #DEFAULT_BASE}), so a build is
 * repeatable. System properties change that: {@code -Dcreditgov.seed=123} runs exactly the one
 * seed 123 (to reproduce a failure); {@code -Dcreditgov.seed=random} derives the seeds from a new
 * random base each run (to explore), and the base is in every display name's seed.
 */
public final class Seeds {

  /** The fixed base the default seeds derive from. */
  public static final long DEFAULT_BASE = 0x5EED_C0DE_2026L;

  /** The system property that overrides the seeds. */
  public static final String PROPERTY = "creditgov.seed";

  private Seeds() {}

  /**
   * {@code count} seeds for a parameterized test, or the single seed the {@value #PROPERTY}
   * system property names.
   *
   * @throws IllegalArgumentException if {@code count} is not positive or the property is neither
   *     a number nor {@code random}
   */
  public static Stream<Long> stream(int count) {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank() && !property.equals("random")) {
      try {
        return Stream.of(Long.parseLong(property.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(PROPERTY + " must be a long or 'random', is '" + property + "'", e);
      }
    }
    long base = "random".equals(property) ? new SplittableRandom().nextLong() : DEFAULT_BASE;
    SplittableRandom derive = new SplittableRandom(base);
    return LongStream.generate(derive::nextLong).limit(count).boxed();
  }

  /** One case of a property, run with its seed. */
  @FunctionalInterface
  public interface SeedCase {
    /** Runs the case; throws (an assertion error, say) when the property does not hold. */
    void run(long seed) throws Exception;
  }

  /**
   * Runs {@code property} once per seed of {@link #stream(int) stream(count)} (one seed when
   * {@value #PROPERTY} names one), stopping at the first failing case with an {@link
   * AssertionError} whose message starts with the seed and the switch that reproduces it.
   *
   * @return the number of cases run
   * @throws IllegalArgumentException as {@link #stream(int)}
   */
  public static int forEachSeed(int count, SeedCase property) {
    int[] run = {0};
    stream(count).forEach(seed -> {
      run[0]++;
      try {
        property.run(seed);
      } catch (Throwable failure) {
        if (failure instanceof VirtualMachineError) {
          throw (VirtualMachineError) failure;
        }
        String what = failure instanceof AssertionError ? String.valueOf(failure.getMessage()) : failure.toString();
        AssertionError withSeed = new AssertionError(
            "[seed=" + seed + "; reproduce with -D" + PROPERTY + "=" + seed + "] " + what, failure);
        withSeed.setStackTrace(failure.getStackTrace());
        throw withSeed;
      }
    });
    return run[0];
  }

  /** The random source of one case. */
  public static SplittableRandom random(long seed) {
    return new SplittableRandom(seed);
  }
}
