package org.creditgov.bench.breakdown;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.creditgov.bench.identity.IdentifierValidationBenchmark;
import org.creditgov.core.time.ChinaTime;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Where the time of credit-core's identifier validation goes, step by step: not a contender but
 * an attribution. Each {@code steps…} method re-implements credit-core's {@code isValid} up to one
 * more step than the one before (the same code as credit-core at the time of writing, copied
 * because it is package-private there), on the same inputs as {@link IdentifierValidationBenchmark},
 * so the difference between neighbours is the cost of a step. The {@code fused…} methods are the
 * single-pass form proposed for credit-core in credit-bench/README.md: the same checks, one loop.
 *
 * <p>Run: {@code java -jar credit-bench/target/benchmarks.jar 'breakdown' …}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ValidationStepsBenchmark {

  private static final int N = IdentifierValidationBenchmark.INPUTS;
  private static final int[] MOD11_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] MOD11_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] MOD31_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final byte[] VALUE = new byte[128];

  static {
    java.util.Arrays.fill(VALUE, (byte) -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUE[ALPHABET.charAt(i)] = (byte) i;
    }
  }

  private final String[] ids = IdentifierValidationBenchmark.residentIdInputs();
  private final String[] codes = IdentifierValidationBenchmark.creditCodeInputs();
  private final Clock clock = Clock.fixed(Instant.parse("2025-06-15T04:00:00Z"), ChinaTime.ZONE);
  private final long todayEpochDay = LocalDate.ofInstant(clock.instant(), clock.getZone()).toEpochDay();
  private final int todayYmd = 20250615;
  private volatile long[] todayCache = {todayEpochDay, Long.MIN_VALUE, Long.MAX_VALUE};

  /** Creates the state. */
  public ValidationStepsBenchmark() {}

  // ------------------------------------------------------------------ resident ID numbers

  /** Step 1: outer-whitespace trimming as credit-core does it, then the bare MOD 11-2 check. */
  @Benchmark
  @OperationsPerInvocation(N)
  public int steps1TrimAndCheckDigit() {
    int valid = 0;
    for (String s : ids) {
      int start = trimmedStart(s);
      int end = trimmedEnd(s, start);
      if (end - start == 18 && mod11(s)) {
        valid++;
      }
    }
    return valid;
  }

  /** Step 2: and the separate normalisation scan (fold every character, compare). */
  @Benchmark
  @OperationsPerInvocation(N)
  public int steps2TrimFoldAndCheckDigit() {
    int valid = 0;
    for (String s : ids) {
      int start = trimmedStart(s);
      int end = trimmedEnd(s, start);
      if (end - start == 18) {
        String c = canonical(s, start, end);
        if (mod11(c)) {
          valid++;
        }
      }
    }
    return valid;
  }

  /** Step 3: and credit-core's separate alphabet pass before the checksum pass. */
  @Benchmark
  @OperationsPerInvocation(N)
  public int steps3TrimFoldAlphabetPassAndCheckDigit() {
    int valid = 0;
    for (String s : ids) {
      int start = trimmedStart(s);
      int end = trimmedEnd(s, start);
      if (end - start == 18) {
        String c = canonical(s, start, end);
        if (alphabetPass(c) && mod11(c)) {
          valid++;
        }
      }
    }
    return valid;
  }

  /** Step 4: and the province and the birth date (epoch-day arithmetic, clock read), as credit-core: all of it. */
  @Benchmark
  @OperationsPerInvocation(N)
  public int steps4AllOfCore() {
    int valid = 0;
    for (String s : ids) {
      int start = trimmedStart(s);
      int end = trimmedEnd(s, start);
      if (end - start == 18) {
        String c = canonical(s, start, end);
        if (alphabetPass(c) && mod11(c) && province(c) && birthDate(c)) {
          valid++;
        }
      }
    }
    return valid;
  }

  /** The proposal, part 1: one pass (ASCII fast path, digits and checksum together), no province, no date. */
  @Benchmark
  @OperationsPerInvocation(N)
  public int fused1ChecksumOnly() {
    int valid = 0;
    for (String s : ids) {
      if (fusedResident(s, 1)) {
        valid++;
      }
    }
    return valid;
  }

  /** The proposal, part 2: and the province. */
  @Benchmark
  @OperationsPerInvocation(N)
  public int fused2AndProvince() {
    int valid = 0;
    for (String s : ids) {
      if (fusedResident(s, 2)) {
        valid++;
      }
    }
    return valid;
  }

  /** The proposal, part 3: and the birth date a calendar date from 1900 (no comparison with today). */
  @Benchmark
  @OperationsPerInvocation(N)
  public int fused3AndCalendarDate() {
    int valid = 0;
    for (String s : ids) {
      if (fusedResident(s, 3)) {
        valid++;
      }
    }
    return valid;
  }

  /** The proposal, all of it: and "not after today", a clock read and a yyyymmdd compare. */
  @Benchmark
  @OperationsPerInvocation(N)
  public int fusedResidentId() {
    int valid = 0;
    for (String s : ids) {
      if (fusedResident(s, 4)) {
        valid++;
      }
    }
    return valid;
  }

  /** credit-core's static {@code ResidentIdNumber.isValid}: the system clock, read once per call. */
  @Benchmark
  @OperationsPerInvocation(N)
  public int coreStaticIsValidOnTheSystemClock() {
    int valid = 0;
    for (String s : ids) {
      if (org.creditgov.core.identity.ResidentIdNumber.isValid(s)) {
        valid++;
      }
    }
    return valid;
  }

  // ------------------------------------------------------------------ unified social credit codes

  /** Step 1: trimming and the bare mod-31 check. */
  @Benchmark
  @OperationsPerInvocation(N)
  public int steps1CodeTrimAndCheckDigit() {
    int valid = 0;
    for (String s : codes) {
      int start = trimmedStart(s);
      int end = trimmedEnd(s, start);
      if (end - start == 18 && mod31(s)) {
        valid++;
      }
    }
    return valid;
  }

  /** Step 2: and the separate normalisation scan, then credit-core's checking loop: all of it. */
  @Benchmark
  @OperationsPerInvocation(N)
  public int steps2CodeAllOfCore() {
    int valid = 0;
    for (String s : codes) {
      int start = trimmedStart(s);
      int end = trimmedEnd(s, start);
      if (end - start == 18 && coreCodeCheck(canonical(s, start, end))) {
        valid++;
      }
    }
    return valid;
  }

  /** The proposal: one pass folding, checking structure and summing. */
  @Benchmark
  @OperationsPerInvocation(N)
  public int fusedCreditCode() {
    int valid = 0;
    for (String s : codes) {
      if (fusedCode(s)) {
        valid++;
      }
    }
    return valid;
  }

  // ------------------------------------------------------------------ credit-core's steps, copied

  private static boolean isSpace(char c) {
    return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static int trimmedStart(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimmedEnd(String s, int start) {
    int end = s.length();
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static char fold(char c) {
    char h = c;
    if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
      h = (char) (c - 0xFEE0);
    }
    return h >= 'a' && h <= 'z' ? (char) (h - ('a' - 'A')) : h;
  }

  private static String canonical(String s, int start, int end) {
    boolean unchanged = start == 0 && end == s.length();
    for (int i = start; i < end && unchanged; i++) {
      unchanged = fold(s.charAt(i)) == s.charAt(i);
    }
    if (unchanged) {
      return s;
    }
    char[] out = new char[end - start];
    for (int i = start; i < end; i++) {
      out[i - start] = fold(s.charAt(i));
    }
    return new String(out);
  }

  private static boolean alphabetPass(String s) {
    for (int i = 0; i < 18; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && (c != 'X' || i < 17)) {
        return false;
      }
    }
    return true;
  }

  private static boolean mod11(String s) {
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

  private static boolean province(String s) {
    int p = (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
    return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37) || (p >= 41 && p <= 46)
        || (p >= 50 && p <= 54) || (p >= 61 && p <= 65) || (p >= 81 && p <= 83);
  }

  private boolean birthDate(String s) {
    int year = digits(s, 6, 4);
    int month = digits(s, 10, 2);
    int day = digits(s, 12, 2);
    if (year < 1900 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return false;
    }
    return epochDay(year, month, day) <= today();
  }

  /** credit-core's TodayCache: a clock read and a volatile read per call. */
  private long today() {
    long now = clock.millis();
    long[] d = todayCache;
    if (now >= d[1] && now < d[2]) {
      return d[0];
    }
    return d[0];
  }

  private static int digits(String s, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  private static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long mp = (month + 9) % 12;
    long doy = (153 * mp + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  private static boolean coreCodeCheck(String s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      int v = c < 128 ? VALUE[c] : -1;
      if (v < 0 || (i >= 2 && i < 8 && v > 9)) {
        return false;
      }
      sum += v * MOD31_WEIGHTS[i];
    }
    char c = s.charAt(17);
    int check = c < 128 ? VALUE[c] : -1;
    return check >= 0 && check == (31 - sum % 31) % 31;
  }

  private static boolean mod31(String s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      int v = c < 128 ? VALUE[c] : -1;
      if (v < 0) {
        return false;
      }
      sum += v * MOD31_WEIGHTS[i];
    }
    char c = s.charAt(17);
    int check = c < 128 ? VALUE[c] : -1;
    return check == (31 - sum % 31) % 31;
  }

  // ------------------------------------------------------------------ the proposed single pass

  /** Whitespace test with an ASCII fast path: a printable ASCII character is never space. */
  private static boolean isSpaceFast(char c) {
    return c <= ' ' || (c >= 0x7F && isSpace(c));
  }

  private boolean fusedResident(String s, int steps) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpaceFast(s.charAt(start)) && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpaceFast(s.charAt(end - 1)) && isSpace(s.charAt(end - 1))) {
      end--;
    }
    if (end - start != 18) {
      return false; // (and the 15-digit form, in its own branch)
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(start + i);
      int d = c - '0';
      if (d < 0 || d > 9) {
        d = fold(c) - '0'; // the rare full-width digit
        if (d < 0 || d > 9) {
          return false;
        }
      }
      sum += d * MOD11_WEIGHTS[i];
    }
    char check = s.charAt(start + 17);
    if (check != MOD11_CHECK[sum % 11] && fold(check) != MOD11_CHECK[sum % 11]) {
      return false;
    }
    if (steps < 2) {
      return true;
    }
    int province = digit(s, start) * 10 + digit(s, start + 1);
    if (!((province >= 11 && province <= 15) || (province >= 21 && province <= 23) || (province >= 31 && province <= 37)
        || (province >= 41 && province <= 46) || (province >= 50 && province <= 54) || (province >= 61 && province <= 65)
        || (province >= 81 && province <= 83))) {
      return false;
    }
    if (steps < 3) {
      return true;
    }
    int year = digit(s, start + 6) * 1000 + digit(s, start + 7) * 100 + digit(s, start + 8) * 10 + digit(s, start + 9);
    int month = digit(s, start + 10) * 10 + digit(s, start + 11);
    int day = digit(s, start + 12) * 10 + digit(s, start + 13);
    if (year < 1900 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return false;
    }
    return steps < 4 || year * 10000 + month * 100 + day <= todayYmd(); // yyyymmdd integers order as dates do
  }

  private static int digit(String s, int i) {
    return fold(s.charAt(i)) - '0';
  }

  /** Today as yyyymmdd, from a cache refreshed by the clock, as TodayCache could hold it. */
  private int todayYmd() {
    long now = clock.millis();
    long[] d = todayCache;
    return now >= d[1] && now < d[2] ? todayYmd : todayYmd;
  }

  private static boolean fusedCode(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpaceFast(s.charAt(start)) && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpaceFast(s.charAt(end - 1)) && isSpace(s.charAt(end - 1))) {
      end--;
    }
    if (end - start != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(start + i);
      int v = c < 128 ? VALUE[c] : -1;
      if (v < 0) {
        char f = fold(c);
        v = f < 128 ? VALUE[f] : -1;
        if (v < 0) {
          return false;
        }
      }
      if (i >= 2 && i < 8 && v > 9) {
        return false;
      }
      sum += v * MOD31_WEIGHTS[i];
    }
    char c = fold(s.charAt(start + 17));
    int check = c < 128 ? VALUE[c] : -1;
    return check >= 0 && check == (31 - sum % 31) % 31;
  }
}
