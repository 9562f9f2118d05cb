package org.creditgov.bench.privacy;

import cn.hutool.core.util.DesensitizedUtil;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.testkit.PersonalDataGenerators;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Masking one field, per input: our PUBLIC maskers for names, ID numbers and mobiles against
 * Hutool 5.8's {@code DesensitizedUtil} ({@code chineseName}, {@code idCardNum(s, 6, 4)}, {@code
 * mobilePhone}) and against {@link PlainMaskLoop} with the same positions, all on the same 10,000
 * generated inputs. Scores are per input ({@code @OperationsPerInvocation}); run with {@code -prof
 * gc} for allocation per input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MaskingBenchmark {

  static final int INPUTS = 10_000;

  private final MaskingProfile profile = MaskingProfile.PUBLIC;
  private String[] names;
  private String[] ids;
  private String[] mobiles;

  /** Generates the inputs from a fixed seed: realistic names (compound surnames, 𠮷), IDs, mobiles. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(0x6E5C_2026L);
    names = new String[INPUTS];
    ids = new String[INPUTS];
    mobiles = new String[INPUTS];
    for (int i = 0; i < INPUTS; i++) {
      names[i] = PersonalDataGenerators.chineseName(random);
      ids[i] = PersonalDataGenerators.residentId(random);
      mobiles[i] = PersonalDataGenerators.mobile(random);
    }
  }

  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void nameOurs(Blackhole bh) {
    for (String s : names) {
      bh.consume(profile.mask(DataKind.PERSONAL_NAME, s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void nameHutool(Blackhole bh) {
    for (String s : names) {
      bh.consume(DesensitizedUtil.chineseName(s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void namePlainLoop(Blackhole bh) {
    for (String s : names) {
      bh.consume(PlainMaskLoop.keep(s, 1, 0));
    }
  }

  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void residentIdOurs(Blackhole bh) {
    for (String s : ids) {
      bh.consume(profile.mask(DataKind.RESIDENT_ID, s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void residentIdHutool(Blackhole bh) {
    for (String s : ids) {
      bh.consume(DesensitizedUtil.idCardNum(s, 6, 4));
    }
  }

  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void residentIdPlainLoop(Blackhole bh) {
    for (String s : ids) {
      bh.consume(PlainMaskLoop.keep(s, 6, 4));
    }
  }

  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void mobileOurs(Blackhole bh) {
    for (String s : mobiles) {
      bh.consume(profile.mask(DataKind.MOBILE, s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void mobileHutool(Blackhole bh) {
    for (String s : mobiles) {
      bh.consume(DesensitizedUtil.mobilePhone(s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void mobilePlainLoop(Blackhole bh) {
    for (String s : mobiles) {
      bh.consume(PlainMaskLoop.keep(s, 3, 4));
    }
  }
}
