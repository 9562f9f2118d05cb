package org.creditgov.examples.archfixture;

/** Follows the printing rule's exception: examples may print. */
public final class ExamplePrints {
  private ExamplePrints() {}

  /** Prints, as a runnable example does. */
  public static void main(String[] args) {
    System.out.println("an example may print");
  }
}
