package org.creditgov.core.archcycleb;

import org.creditgov.core.archcyclea.A;

/** The other half of a deliberate cycle between two sub-packages of core, a fixture of the architecture test. */
public final class B {
  private B() {}

  /** Uses A. */
  public static int b() {
    return A.one() + 1;
  }
}
