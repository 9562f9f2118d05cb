package org.creditgov.bench.archfixture;

/** A stand-in for a benchmark class, for core to depend on by mistake. */
public final class BenchFixture {
  private BenchFixture() {}

  /** A value to use. */
  public static int value() {
    return 42;
  }
}
