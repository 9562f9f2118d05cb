package org.creditgov.core.archcyclea;

import org.creditgov.core.archcycleb.B;

/** One half of a deliberate cycle between two sub-packages of core (archcyclea → archcycleb → archcyclea), a fixture of the architecture test. */
public final class A {
  private A() {}

  /** Uses B. */
  public static int a() {
    return B.b() + 1;
  }

  /** Used by B. */
  public static int one() {
    return 1;
  }
}
