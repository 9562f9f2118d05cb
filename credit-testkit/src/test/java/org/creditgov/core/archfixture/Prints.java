package org.creditgov.core.archfixture;

/** Violates "no library class prints to System.out or System.err". */
public final class Prints {
  private Prints() {}

  /** Prints. */
  public static void hello() {
    System.out.println("hello");
    System.err.println("world");
  }
}
