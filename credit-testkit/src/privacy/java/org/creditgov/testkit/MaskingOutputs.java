package org.creditgov.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.creditgov.core.RequirementId;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The invariant suite of masking outputs (PRI-3, CAT-6), a JUnit test factory a vendor runs
 * against their own system: for generated values of every {@link DataKind} (names, ID numbers,
 * mobile numbers, bank cards, addresses …), what the vendor's system shows — through the small
 * {@link MaskedOutput} interface they implement around it: a page, a report, an API response —
 * must never show a character the masking profile hides, and must keep the profile's shape
 * (exactly what {@link MaskingProfile#mask} gives, a {@code '*'} for each hidden character). A
 * container per check, a dynamic test per kind, each naming the seed and the switch that
 * reproduces its first failing value. A failure message never quotes the clear value: it names the
 * positions shown and the profile's masked form.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> maskingOutputs() {
 *   return MaskingOutputs.suite(MaskingProfile.PUBLIC, (kind, clear) -> myPage.render(kind, clear));
 * }
 * }</pre>
 */
public final class MaskingOutputs {

  /** The number of seeds (one generated value of each kind per seed) {@link #suite(MaskingProfile, MaskedOutput)} runs. */
  public static final int DEFAULT_SEEDS = 300;

  private MaskingOutputs() {}

  /** What the vendor's system shows for a value. */
  @FunctionalInterface
  public interface MaskedOutput {
    /**
     * What the system shows for the clear value {@code clear} of kind {@code kind}: the text its
     * output holds in the value's place.
     */
    String shown(DataKind kind, String clear);
  }

  /**
   * The suite over {@value #DEFAULT_SEEDS} seeds.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Stream<DynamicNode> suite(MaskingProfile profile, MaskedOutput system) {
    return suite(profile, system, DEFAULT_SEEDS);
  }

  /**
   * The suite over {@code seeds} seeds (one when {@code -Dcreditgov.seed} names one), one
   * generated value of each kind per seed ({@link PersonalDataGenerators#value}). Two containers:
   * <b>PRI-3, nothing hidden is shown</b> — the output does not hold the whole value (unless the
   * profile shows it whole, as a valid credit code), shows no character at a position the profile
   * hides, and shows no more characters than the profile does; <b>CAT-6, the profile's shape</b> —
   * the output is exactly the profile's masked form.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code seeds} is not positive
   */
  public static Stream<DynamicNode> suite(MaskingProfile profile, MaskedOutput system, int seeds) {
    requireNonNull(profile, "profile");
    requireNonNull(system, "system");
    if (seeds <= 0) {
      throw new IllegalArgumentException("seeds must be positive: " + seeds);
    }
    LongFunction<Shown[]> runs = Suites.oncePerSeed(seed -> run(seed, profile, system));
    List<DynamicTest> leaks = new ArrayList<>();
    List<DynamicTest> shapes = new ArrayList<>();
    for (DataKind kind : DataKind.values()) {
      String what = kind.nameZh() + " (" + kind + ")";
      leaks.add(DynamicTest.dynamicTest(what + " [" + seeds + " seeds]", () -> Seeds.forEachSeed(seeds, seed -> {
        runs.apply(seed)[kind.ordinal()].leak().ifPresent(m -> {
          throw new AssertionError(m);
        });
      })));
      shapes.add(DynamicTest.dynamicTest(what + " [" + seeds + " seeds]", () -> Seeds.forEachSeed(seeds, seed -> {
        runs.apply(seed)[kind.ordinal()].misshapen().ifPresent(m -> {
          throw new AssertionError(m);
        });
      })));
    }
    DynamicContainer leak = Suites.container(RequirementId.PRI_3,
        "what the system shows never holds a character profile " + profile.name() + " hides", leaks);
    DynamicContainer shape = Suites.container(RequirementId.CAT_6,
        "what the system shows keeps the shape of profile " + profile.name(), shapes);
    return Stream.of(leak, shape);
  }

  /** One value as the profile masks it and as the system showed it, judged. */
  private record Shown(Optional<String> leak, Optional<String> misshapen) {}

  private static Shown[] run(long seed, MaskingProfile profile, MaskedOutput system) {
    SplittableRandom random = Seeds.random(seed);
    Shown[] shown = new Shown[DataKind.values().length];
    for (DataKind kind : DataKind.values()) {
      String clear = PersonalDataGenerators.value(random, kind);
      String masked = requireNonNull(profile.mask(kind, clear));
      String output = system.shown(kind, clear);
      shown[kind.ordinal()] = judge(kind, kind.normalise(clear), masked, output, profile.name());
    }
    return shown;
  }

  private static Shown judge(DataKind kind, String clear, String masked, String output, String profile) {
    int[] c = clear.codePoints().toArray();
    int[] m = masked.codePoints().toArray();
    String value = "a " + kind.nameEn() + " of " + c.length + " characters";
    if (output == null) {
      String message = value + ": the system showed null where profile " + profile + " gives " + masked;
      return new Shown(Optional.of(message), Optional.of(message));
    }
    int[] o = output.codePoints().toArray();
    int hidden = 0;
    for (int i = 0; i < m.length; i++) {
      hidden += m[i] == '*' && (i >= c.length || c[i] != '*') ? 1 : 0;
    }
    Optional<String> leak = Optional.empty();
    if (hidden > 0 && output.contains(clear)) {
      leak = Optional.of(value + ": the system shows it whole, where profile " + profile + " gives " + masked);
    } else if (o.length == c.length && m.length == c.length) {
      List<Integer> shownHidden = new ArrayList<>();
      for (int i = 0; i < c.length; i++) {
        if (m[i] == '*' && c[i] != '*' && o[i] == c[i]) {
          shownHidden.add(i + 1);
        }
      }
      if (!shownHidden.isEmpty()) {
        leak = Optional.of(value + ": the system shows the character" + (shownHidden.size() == 1 ? "" : "s")
            + " at position" + (shownHidden.size() == 1 ? " " : "s ") + shownHidden + ", which profile " + profile
            + " hides (it gives " + masked + ")");
      }
    } else if (visible(o) > visible(m)) {
      leak = Optional.of(value + ": the system shows " + visible(o) + " characters, profile " + profile + " "
          + visible(m) + " (it gives " + masked + ")");
    }
    Optional<String> misshapen = output.equals(masked) ? Optional.empty()
        : Optional.of(value + ": the system shows " + (leak.isPresent() ? "(not quoted: it shows what the profile hides)"
            : output) + " where profile " + profile + " gives " + masked);
    return new Shown(leak, misshapen);
  }

  private static int visible(int[] codePoints) {
    int n = 0;
    for (int cp : codePoints) {
      n += cp == '*' || Character.isWhitespace(cp) ? 0 : 1;
    }
    return n;
  }
}
