package org.creditgov.bench.identity;

import cn.hutool.core.util.CreditCodeUtil;
import cn.hutool.core.util.IdcardUtil;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.testkit.IdentifierGenerators;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * How fast credit-core validates identifiers, against a peer library and a floor, in one JMH run:
 * {@code ResidentIdNumber.Parser.isValid} and {@code UnifiedSocialCreditCode.isValid} (ours),
 * Hutool's {@code IdcardUtil.isValidCard} and {@code CreditCodeUtil.isCreditCode} (the peer), and
 * a bare hand-written MOD 11-2 / mod-31 check-character loop with no other validation (the floor:
 * no validator that computes the check character can be faster by much).
 *
 * <p>Each benchmark method validates all {@value #INPUTS} pre-generated inputs of its kind and
 * returns how many were valid; {@link OperationsPerInvocation} makes each score per input. The
 * inputs come from credit-testkit's generators with the fixed seed {@value #SEED}: about 90% valid,
 * the rest a valid identifier with one character substituted. See credit-bench/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IdentifierValidationBenchmark {

  /** The number of inputs of each kind, all validated in every invocation. */
  public static final int INPUTS = 10_000;

  /** The seed of the inputs. */
  public static final long SEED = 20_260_101L;

  /** "Today" for the resident ID inputs and for our parser: a fixed instant, 2025-06-15 in China. */
  static final Instant NOW = Instant.parse("2025-06-15T04:00:00Z");

  private static final int[] MOD11_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] MOD11_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final int[] MOD31_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final byte[] MOD31_VALUE = new byte[128];

  static {
    java.util.Arrays.fill(MOD31_VALUE, (byte) -1);
    String alphabet = IdentifierGenerators.USCC_ALPHABET;
    for (int i = 0; i < alphabet.length(); i++) {
      MOD31_VALUE[alphabet.charAt(i)] = (byte) i;
    }
  }

  private final ResidentIdNumber.Parser parser = ResidentIdNumber.parser(Clock.fixed(NOW, ChinaTime.ZONE));
  private final String[] residentIds = residentIdInputs();
  private final String[] creditCodes = creditCodeInputs();

  /** Creates the state: the inputs and our parser. */
  public IdentifierValidationBenchmark() {}

  /** The resident ID inputs: 18-character numbers, about 90% valid, the rest one substitution away. */
  public static String[] residentIdInputs() {
    SplittableRandom random = new SplittableRandom(SEED);
    LocalDate today = LocalDate.ofInstant(NOW, ChinaTime.ZONE);
    String[] inputs = new String[INPUTS];
    for (int i = 0; i < INPUTS; i++) {
      String valid = IdentifierGenerators.validResidentId(random, today);
      inputs[i] = random.nextInt(10) == 0
          ? IdentifierGenerators.substituteOneCharacter(random, valid, IdentifierGenerators.RESIDENT_ID_ALPHABET)
          : valid;
    }
    return inputs;
  }

  /** The unified social credit code inputs: about 90% valid, the rest one substitution away. */
  public static String[] creditCodeInputs() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    String[] inputs = new String[INPUTS];
    for (int i = 0; i < INPUTS; i++) {
      String valid = IdentifierGenerators.validUscc(random);
      inputs[i] = random.nextInt(10) == 0
          ? IdentifierGenerators.substituteOneCharacter(random, valid, IdentifierGenerators.USCC_ALPHABET)
          : valid;
    }
    return inputs;
  }

  /** Ours: {@code ResidentIdNumber.parser(fixed clock).isValid}, per input. */
  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public int residentIdOurs() {
    int valid = 0;
    for (String s : residentIds) {
      if (parser.isValid(s)) {
        valid++;
      }
    }
    return valid;
  }

  /** The peer: Hutool's {@code IdcardUtil.isValidCard}, per input. */
  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public int residentIdHutool() {
    int valid = 0;
    for (String s : residentIds) {
      if (IdcardUtil.isValidCard(s)) {
        valid++;
      }
    }
    return valid;
  }

  /** The floor: the MOD 11-2 check character alone, per input. */
  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public int residentIdCheckDigitFloor() {
    int valid = 0;
    for (String s : residentIds) {
      if (mod11_2(s)) {
        valid++;
      }
    }
    return valid;
  }

  /** Ours: {@code UnifiedSocialCreditCode.isValid}, per input. */
  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public int creditCodeOurs() {
    int valid = 0;
    for (String s : creditCodes) {
      if (UnifiedSocialCreditCode.isValid(s)) {
        valid++;
      }
    }
    return valid;
  }

  /** The peer: Hutool's {@code CreditCodeUtil.isCreditCode}, per input. */
  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public int creditCodeHutool() {
    int valid = 0;
    for (String s : creditCodes) {
      if (CreditCodeUtil.isCreditCode(s)) {
        valid++;
      }
    }
    return valid;
  }

  /** The floor: the mod-31 check character alone, per input. */
  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public int creditCodeCheckDigitFloor() {
    int valid = 0;
    for (String s : creditCodes) {
      if (mod31(s)) {
        valid++;
      }
    }
    return valid;
  }

  /** ISO 7064 MOD 11-2 over 17 digits and the 18th character; nothing else is checked. */
  static boolean mod11_2(String s) {
    if (s.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      sum += d * MOD11_WEIGHTS[i];
    }
    return s.charAt(17) == MOD11_CHECK[sum % 11];
  }

  /** The GB 32100 mod-31 check over 17 characters and the 18th; nothing else is checked. */
  static boolean mod31(String s) {
    if (s.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      int v = c < 128 ? MOD31_VALUE[c] : -1;
      if (v < 0) {
        return false;
      }
      sum += v * MOD31_WEIGHTS[i];
    }
    char c = s.charAt(17);
    int check = c < 128 ? MOD31_VALUE[c] : -1;
    return check == (31 - sum % 31) % 31;
  }
}
